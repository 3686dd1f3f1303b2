using System.Security.Cryptography;
using System.Text;
using GitOpsGateway.GatewayApi.Loading;
using GitOpsGateway.Sources;

namespace GitOpsGateway.Events.Tests.Support;

/// <summary>Builds commits as the watcher would hand them over: every manifest file of the folder at that commit.</summary>
internal static class Commits
{
    public static readonly CommitSignature Ada = new("Ada Lovelace", "ada@example.com", new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));

    public static SourceDefinition Source(string name = "shop") => new() { Name = name, Repository = "/srv/git/shop.git" };

    /// <summary>A commit whose sha is derived from its message and files, so the same inputs give the same commit.</summary>
    public static SourceCommit Commit(string message, IReadOnlyDictionary<string, string> files, string? parent = null)
    {
        var content = message + "\n" + string.Join("\n", files.OrderBy(file => file.Key, StringComparer.Ordinal).Select(file => file.Key + "\n" + file.Value)) + parent;
        return new SourceCommit
        {
            Sha = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(content))),
            ParentShas = parent is null ? [] : [parent],
            Author = Ada,
            Committer = Ada,
            Message = message,
            Files = files.OrderBy(file => file.Key, StringComparer.Ordinal).Select(file => new ManifestFile(file.Key, file.Value)).ToList(),
        };
    }

    public static IngestBatch Batch(params SourceCommit[] commits) => new(commits, null);
}
