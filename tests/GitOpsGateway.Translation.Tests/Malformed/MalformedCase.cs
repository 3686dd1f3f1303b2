namespace GitOpsGateway.Translation.Tests.Malformed;

/// <summary>
/// One broken input of <c>testdata/malformed</c> and its header: the substring some diagnostic or condition must
/// contain, and optionally a route that must still be served. JSON files and the empty file carry the header in
/// a sibling <c>.expect</c> file.
/// </summary>
internal sealed record MalformedCase(string Name, string Path, string Expect, string? ValidRoute)
{
    public static MalformedCase Read(string name)
    {
        var path = TestData.Folder("malformed", name);
        var sidecar = System.IO.Path.ChangeExtension(path, ".expect");
        var header = File.Exists(sidecar) ? File.ReadAllLines(sidecar) : File.ReadAllLines(path).TakeWhile(line => line.StartsWith('#')).ToArray();
        var expect = Value(header, "expect") ?? throw new InvalidDataException($"{name} has no '# expect:' line.");
        return new MalformedCase(name, path, expect, Value(header, "valid"));
    }

    private static string? Value(IEnumerable<string> header, string key) =>
        header.Select(line => line.TrimStart('#', ' '))
            .Where(line => line.StartsWith(key + ":", StringComparison.Ordinal))
            .Select(line => line[(key.Length + 1)..].Trim())
            .FirstOrDefault();
}
