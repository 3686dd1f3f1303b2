namespace GitOpsGateway.Conformance.Upstream;

/// <summary>
/// A list file of <c>ShortName: reason</c> lines (or bare names, for feature lists); blank lines and text after
/// <c>#</c> are ignored. Used for conformance/supported-features.txt, skipped-tests.txt and expected-failures.txt.
/// </summary>
public static class ReasonList
{
    public static IReadOnlyDictionary<string, string> Read(string path)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Split('#', 2)[0].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split(':', 2, StringSplitOptions.TrimEntries);
            if (!entries.TryAdd(parts[0], parts.Length == 2 ? parts[1] : string.Empty))
            {
                throw new InvalidDataException($"{path}: {parts[0]} is listed twice.");
            }
        }

        return entries;
    }
}
