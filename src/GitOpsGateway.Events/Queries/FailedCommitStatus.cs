namespace GitOpsGateway.Events.Queries;

/// <summary>
/// A commit of a source that failed to ingest: the one being retried (<see cref="Skipped"/> false), or one
/// recorded as failed and skipped after its attempts ran out (docs/adr/0014).
/// </summary>
public sealed record FailedCommitStatus
{
    public required string Sha { get; init; }

    public required string Reason { get; init; }

    public required int Attempts { get; init; }

    public required DateTimeOffset FirstFailedAt { get; init; }

    /// <summary>When the last attempt failed, or when the commit was skipped.</summary>
    public required DateTimeOffset LastFailedAt { get; init; }

    public required bool Skipped { get; init; }
}
