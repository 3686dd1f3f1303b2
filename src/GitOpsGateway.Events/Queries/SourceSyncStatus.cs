namespace GitOpsGateway.Events.Queries;

/// <summary>Where a source stands: ingestion (from its stream) and the watcher's last fetch.</summary>
public sealed record SourceSyncStatus
{
    public required string Source { get; init; }

    public string? LastIngestedSha { get; init; }

    public DateTimeOffset? LastIngestedAt { get; init; }

    public string? LastSeenTip { get; init; }

    public DateTimeOffset? LastFetchedAt { get; init; }

    public long IngestedCount { get; init; }

    public long? LastVersionNumber { get; init; }

    public string? LastError { get; init; }

    /// <summary>The commit being retried first, then the newest commits skipped after failing (at most <see cref="GatewayQueries.MaxFailedCommits"/>).</summary>
    public IReadOnlyList<FailedCommitStatus> FailedCommits { get; init; } = [];

    public long FailedCount { get; init; }

    /// <summary>True when the last ingested commit is the tip the watcher last saw.</summary>
    public bool InSync => LastSeenTip is null || string.Equals(LastSeenTip, LastIngestedSha, StringComparison.Ordinal);
}
