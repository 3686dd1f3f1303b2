using GitOpsGateway.GatewayApi.Loading;
using LibGit2Sharp;

namespace GitOpsGateway.Sources.Git;

/// <summary>Copies a commit's provenance exactly as Git recorded it (times keep their original offsets), with its files and skipped entries.</summary>
internal static class SourceCommitFactory
{
    public static SourceCommit Create(Commit commit, IReadOnlyList<ManifestFile> files, IReadOnlyList<SkippedEntry> skipped) => new()
    {
        Sha = commit.Sha,
        ParentShas = commit.Parents.Select(parent => parent.Sha).ToArray(),
        Author = ToSignature(commit.Author),
        Committer = ToSignature(commit.Committer),
        Message = commit.Message,
        Files = files,
        SkippedEntries = skipped,
    };

    private static CommitSignature ToSignature(Signature signature) => new(signature.Name, signature.Email, signature.When);
}
