namespace GitOpsGateway.Events.Projections;

/// <summary>
/// What the watcher last saw of a source's remote: operational state, not history, so it is written directly
/// (<c>SourceSyncRecorder</c>) rather than appended as events on every poll.
/// </summary>
public sealed record SourceSync
{
    /// <summary>The source's name.</summary>
    public required string Id { get; init; }

    public string? LastSeenTip { get; init; }

    public DateTimeOffset? LastFetchedAt { get; init; }

    /// <summary>The last fetch or ingestion failure, cleared by the next success.</summary>
    public string? LastError { get; init; }

    public DateTimeOffset? LastErrorAt { get; init; }
}
