using GitOpsGateway.Sources;

namespace GitOpsGateway.Events;

/// <summary>
/// A commit could not be ingested for a reason that retrying does not change (docs/adr/0014), so the source
/// moved past it: it takes the place of <see cref="CommitIngested"/> in the stream and no resource event
/// follows it. Its objects keep their last good versions, and the next commit is diffed against them.
/// </summary>
public sealed record CommitFailed
{
    public required string Sha { get; init; }

    /// <summary>First parent first, as Git stores them.</summary>
    public required IReadOnlyList<string> ParentShas { get; init; }

    public required CommitSignature Author { get; init; }

    public required CommitSignature Committer { get; init; }

    public required string Message { get; init; }

    /// <summary>Why the last attempt failed: the database's error code and message, or the exception's.</summary>
    public required string Reason { get; init; }

    /// <summary>How many attempts failed before the commit was skipped.</summary>
    public required int Attempts { get; init; }

    /// <summary>When the first of those attempts failed.</summary>
    public required DateTimeOffset FirstFailedAt { get; init; }

    /// <summary>True for the first commit after the branch was rewritten (see <see cref="ForcePushDetected"/>).</summary>
    public bool ForcePush { get; init; }
}
