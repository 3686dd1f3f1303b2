namespace GitOpsGateway.Deploy.Tests.Compose;

/// <summary>A compose <c>.env</c> file: <c>NAME=value</c> lines, <c>#</c> comments.</summary>
internal static class EnvironmentFile
{
    public static IReadOnlyDictionary<string, string> Load(string path) =>
        File.ReadLines(path)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('=', 2))
            .ToDictionary(parts => parts[0].Trim(), parts => parts.Length > 1 ? parts[1].Trim() : string.Empty, StringComparer.Ordinal);
}
