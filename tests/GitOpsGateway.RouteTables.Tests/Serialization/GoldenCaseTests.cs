using GitOpsGateway.RouteTables.Serialization;
using GitOpsGateway.RouteTables.Validation;

namespace GitOpsGateway.RouteTables.Tests.Serialization;

/// <summary>
/// Every <c>testdata/cases/*.in.json</c> is hand-written IR; its <c>*.out.json</c> is the indented canonical form.
/// Adding a case is adding a file; <c>REGENERATE_GOLDEN=1</c> rewrites outputs and deletes orphans.
/// </summary>
public sealed class GoldenCaseTests
{
    private const string InputSuffix = ".in.json";
    private const string OutputSuffix = ".out.json";

    private static readonly string CasesFolder = GoldenFiles.Folder("Serialization", "testdata", "cases");

    public static TheoryData<string> Cases() =>
        [
            .. Directory.GetFiles(CasesFolder, "*" + InputSuffix)
                .Select(path => Path.GetFileName(path)[..^InputSuffix.Length])
                .Order(StringComparer.Ordinal),
        ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hand_written_ir_reads_and_prints_as_its_golden_output(string name)
    {
        var input = RouteTableSerializer.FromJson(File.ReadAllText(Path.Combine(CasesFolder, name + InputSuffix)));
        Assert.Empty(RouteTableValidator.Validate(input));
        var outputPath = Path.Combine(CasesFolder, name + OutputSuffix);
        var actual = RouteTableSerializer.ToIndentedJson(input);
        if (GoldenFiles.Regenerate)
        {
            File.WriteAllText(outputPath, actual);
        }

        Assert.Equal(File.ReadAllText(outputPath), actual);
        var output = RouteTableSerializer.FromJson(actual);
        Assert.Equal(input, output);
        Assert.Equal(RouteTableSerializer.ToCanonicalJson(input), RouteTableSerializer.ToCanonicalJson(output));
    }

    [Fact]
    public void Every_golden_output_has_an_input()
    {
        var orphans = Directory.GetFiles(CasesFolder, "*" + OutputSuffix)
            .Where(output => !File.Exists(output[..^OutputSuffix.Length] + InputSuffix))
            .ToList();
        if (GoldenFiles.Regenerate)
        {
            orphans.ForEach(File.Delete);
            orphans.Clear();
        }

        Assert.Empty(orphans);
        Assert.NotEmpty(Cases());
    }
}
