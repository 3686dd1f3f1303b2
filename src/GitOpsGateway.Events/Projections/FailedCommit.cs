namespace GitOpsGateway.Events.Projections;

/// <summary>A commit a source skipped after it failed to ingest (<see cref="CommitFailed"/>), kept inline for the admin API.</summary>
public sealed record FailedCommit
{
    /// <summary>"SOURCE@SHA", like <see cref="IngestedCommit.IdFor"/>.</summary>
    public required string Id { get; init; }

    public required string Source { get; init; }

    public required string Sha { get; init; }

    public required string Reason { get; init; }

    public required int Attempts { get; init; }

    public required DateTimeOffset FirstFailedAt { get; init; }

    /// <summary>When the commit was recorded as failed and skipped.</summary>
    public required DateTimeOffset SkippedAt { get; init; }

    public required string Message { get; init; }

    public required string Author { get; init; }
}
