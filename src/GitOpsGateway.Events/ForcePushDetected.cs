namespace GitOpsGateway.Events;

/// <summary>
/// The branch no longer descends from the last ingested commit. Commits ingested before this event no longer
/// count as ingested: the new history is applied on top of the current state, commit by commit.
/// </summary>
public sealed record ForcePushDetected
{
    public required string PreviousSha { get; init; }

    /// <summary>The first commit of the rewritten history that is ingested next.</summary>
    public required string NewSha { get; init; }
}
