using GitOpsGateway.FaultInjection.Tests.Support;
using GitOpsGateway.GatewayApi;
using GitOpsGateway.GatewayApi.Loading;
using GitOpsGateway.Testing.Manifests;
using GitOpsGateway.Translation;

namespace GitOpsGateway.FaultInjection.Tests.Corpus;

/// <summary>The whole hostile corpus through the control plane's loader and compiler in-process: fast, and nothing may throw.</summary>
public sealed class HostileCorpusLoaderTests(ITestOutputHelper output)
{
    [Fact]
    public void the_corpus_holds_at_least_200_distinct_inputs_in_distinct_classes()
    {
        var inputs = HostileCorpus.All;
        Assert.True(inputs.Count >= 200, $"{inputs.Count} inputs");
        Assert.Equal(inputs.Count, inputs.Select(input => input.ToString()).Distinct().Count());
        Assert.Equal(inputs.Count(input => input.Mode == HostileInputMode.Added), inputs.Where(input => input.Mode == HostileInputMode.Added).Select(input => input.EvidenceName).Distinct().Count());
        Assert.True(HostileCorpus.ByClass.Count() >= 14);
    }

    [Fact]
    public async Task every_hostile_input_loads_and_compiles_without_throwing_and_added_inputs_leave_the_valid_route_in_place()
    {
        var findings = new Findings(output);
        var summaries = new List<ClassSummary>();
        var root = Directory.CreateTempSubdirectory("gitops-gateway-corpus-").FullName;
        try
        {
            foreach (var group in HostileCorpus.ByClass)
            {
                var summary = new ClassSummary(group.Key);
                summaries.Add(summary);
                foreach (var input in group)
                {
                    summary.Inputs++;
                    var folder = Path.Combine(root, summary.Inputs + "-" + group.Key, "gateway");
                    WriteValidRepository(folder);
                    await CorpusFolder.WriteAsync(folder, input);
                    try
                    {
                        var load = await ManifestLoader.Default.LoadDirectoryAsync(folder, TestContext.Current.CancellationToken);
                        var compiled = Translator.Translate(load.Resources);
                        summary.Diagnostics += load.Diagnostics.Count + compiled.Diagnostics.Count;
                        if (input.Mode == HostileInputMode.Added && !compiled.Routes.ContainsKey(new ResourceKey(ResourceKind.HttpRoute, "shop", "web")))
                        {
                            summary.Problems++;
                            findings.Add($"{input}: the valid route shop/web is no longer compiled");
                        }
                    }
                    catch (Exception exception) when (exception is not OperationCanceledException)
                    {
                        summary.Problems++;
                        findings.Add($"{input}: threw {exception.GetType().Name}: {exception.Message}");
                    }
                }
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }

        foreach (var summary in summaries)
        {
            output.WriteLine(summary.LoaderLine());
        }

        findings.AssertNone();
    }

    private static void WriteValidRepository(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "gateway.yaml"), ShopManifests.GatewayClassAndGateway);
        File.WriteAllText(Path.Combine(folder, "backend.yaml"), ServiceManifests.LocalService("shop", "web", 8080));
        File.WriteAllText(Path.Combine(folder, HostileCorpus.RouteFile), ShopManifests.Route());
    }
}
