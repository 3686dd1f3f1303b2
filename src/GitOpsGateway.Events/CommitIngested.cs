using GitOpsGateway.Sources;

namespace GitOpsGateway.Events;

/// <summary>
/// A commit of the source was read. The first event of every commit's transaction; the resource events and the
/// rejections that follow it in the same transaction are what this commit changed.
/// </summary>
public sealed record CommitIngested
{
    public required string Sha { get; init; }

    /// <summary>First parent first, as Git stores them.</summary>
    public required IReadOnlyList<string> ParentShas { get; init; }

    public required CommitSignature Author { get; init; }

    public required CommitSignature Committer { get; init; }

    public required string Message { get; init; }

    /// <summary>True for the first commit ingested after the branch was rewritten (see <see cref="ForcePushDetected"/>).</summary>
    public bool ForcePush { get; init; }
}
