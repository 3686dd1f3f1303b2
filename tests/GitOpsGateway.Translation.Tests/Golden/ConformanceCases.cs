namespace GitOpsGateway.Translation.Tests.Golden;

/// <summary>The golden conformance cases, found by glob: every <c>testdata/conformance/*.in.yaml</c> is one case.</summary>
public sealed class ConformanceCases : TheoryData<string>
{
    public ConformanceCases()
    {
        foreach (var name in Names())
        {
            Add(name);
        }
    }

    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(TestData.Folder("conformance"), "*.in.yaml")
            .Select(path => Path.GetFileName(path)[..^".in.yaml".Length])
            .Order(StringComparer.Ordinal);
}
