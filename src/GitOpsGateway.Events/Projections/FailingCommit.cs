namespace GitOpsGateway.Events.Projections;

/// <summary>
/// The commit a source is stuck on: it failed to ingest for a deterministic reason and is retried until it has
/// failed <see cref="Ingestion.CommitQuarantine.Attempts"/> times, then recorded as <see cref="CommitFailed"/>
/// and skipped. Operational state like <see cref="SourceSync"/>, written directly; deleted when the source
/// moves on.
/// </summary>
public sealed record FailingCommit
{
    /// <summary>The source's name.</summary>
    public required string Id { get; init; }

    public required string Sha { get; init; }

    public required int Attempts { get; init; }

    public required string Reason { get; init; }

    public required DateTimeOffset FirstFailedAt { get; init; }

    public required DateTimeOffset LastFailedAt { get; init; }
}
