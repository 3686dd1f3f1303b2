using GitOpsGateway.GatewayApi.Loading;
using GitOpsGateway.RouteTables.Validation;
using GitOpsGateway.Translation.Tests.Requests;

namespace GitOpsGateway.Translation.Tests.Golden;

/// <summary>
/// Each conformance case is loaded and translated; every entry of its <c>.expect.yaml</c> must hold, and the
/// readable output must equal its <c>.out.yaml</c> (GITOPS_GATEWAY_UPDATE_GOLDEN=1 rewrites outputs and deletes
/// those whose input is gone).
/// </summary>
public sealed class ConformanceGoldenTests
{
    [Theory]
    [ClassData(typeof(ConformanceCases))]
    public void Case_meets_its_expectations_and_matches_its_golden_output(string caseName)
    {
        var folder = TestData.Folder("conformance");
        var input = Path.Combine(folder, caseName + ".in.yaml");
        var loaded = ManifestLoader.Default.Load(new ManifestFile(caseName + ".in.yaml", File.ReadAllText(input)));
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Errors));
        var result = Translator.Translate(loaded.Resources);

        var expectations = ExpectationFile.Read(Path.Combine(folder, caseName + ".expect.yaml"));
        var routers = result.Tables.ToDictionary(table => table.Gateway.ToString(), RouterRequests.Router, StringComparer.Ordinal);
        var decisions = expectations.Requests
            .Select(request => (request, outcome: routers.TryGetValue(request.Gateway, out var router)
                ? RouterRequests.Route(router, request)
                : RequestOutcome.Refused()))
            .ToList();
        var failures = result.Tables
            .SelectMany(table => RouteTableValidator.Validate(table).Select(error => $"table {table.Gateway} is inconsistent: {error}"))
            .Concat(StatusAssertions.Check(result, expectations))
            .Concat(decisions.SelectMany(decision => OutcomeAssertions.Check(decision.request.Expect, decision.outcome)
                .Select(failure => $"request {decision.request}: {failure}")))
            .ToList();

        var output = GoldenOutput.Render(caseName, result, decisions);
        var outputPath = Path.Combine(folder, caseName + ".out.yaml");
        if (TestData.UpdateGolden)
        {
            File.WriteAllText(outputPath, output);
        }

        Assert.True(failures.Count == 0, $"{failures.Count} expectation(s) of {caseName} failed:\n" + string.Join("\n", failures));
        Assert.True(File.Exists(outputPath), $"{caseName}.out.yaml is missing; run with GITOPS_GATEWAY_UPDATE_GOLDEN=1 to create it.");
        Assert.Equal(File.ReadAllText(outputPath), output);
    }

    [Fact]
    public void Every_golden_output_has_an_input()
    {
        var folder = TestData.Folder("conformance");
        var orphans = Directory.EnumerateFiles(folder, "*.out.yaml")
            .Where(output => !File.Exists(output[..^".out.yaml".Length] + ".in.yaml"))
            .ToList();
        if (TestData.UpdateGolden)
        {
            orphans.ForEach(File.Delete);
            return;
        }

        Assert.True(orphans.Count == 0, "Outputs without input (delete them or run with GITOPS_GATEWAY_UPDATE_GOLDEN=1): " + string.Join(", ", orphans));
    }

    [Fact]
    public void Every_case_has_an_expectation_file()
    {
        var missing = ConformanceCases.Names()
            .Where(name => !File.Exists(TestData.Folder("conformance", name + ".expect.yaml")))
            .ToList();
        Assert.True(missing.Count == 0, "Cases without .expect.yaml: " + string.Join(", ", missing));
    }
}
