namespace GitOpsGateway.Translation.Tests.Malformed;

/// <summary>Every file of <c>testdata/malformed</c> (YAML or JSON) is one case, found by glob.</summary>
public sealed class MalformedCases : TheoryData<string>
{
    public MalformedCases()
    {
        var names = Directory.EnumerateFiles(TestData.Folder("malformed"))
            .Where(path => path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".json", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal);
        foreach (var name in names)
        {
            Add(name!);
        }
    }
}
