using System.Text.RegularExpressions;
using GitOpsGateway.GatewayApi.Loading;

namespace GitOpsGateway.Translation.Tests.Determinism;

/// <summary>Splits a multi-document manifest into its documents and deals them, shuffled, into several files.</summary>
internal static partial class ManifestShuffler
{
    public static IReadOnlyList<string> Documents(string manifest) =>
        [.. DocumentSeparator().Split(manifest).Where(document => document.Split('\n').Any(line => line.Length > 0 && !line.StartsWith('#')))];

    public static IReadOnlyList<ManifestFile> Deal(IReadOnlyList<string> documents, Random random)
    {
        var shuffled = documents.ToArray();
        random.Shuffle(shuffled);
        var fileCount = random.Next(1, Math.Min(shuffled.Length, 5) + 1);
        var files = Enumerable.Range(0, fileCount).Select(_ => new List<string>()).ToList();
        foreach (var document in shuffled)
        {
            files[random.Next(fileCount)].Add(document);
        }

        var named = files.Select((content, index) => new ManifestFile($"shuffled-{index}.yaml", string.Join("\n---\n", content))).ToArray();
        random.Shuffle(named);
        return named;
    }

    [GeneratedRegex(@"^---[ \t]*\r?$", RegexOptions.Multiline)]
    private static partial Regex DocumentSeparator();
}
