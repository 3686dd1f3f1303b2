namespace GitOpsGateway.Events.Projections;

/// <summary>
/// Where a source's ingestion stands, kept inline from its stream: the watcher resumes after
/// <see cref="LastIngestedSha"/>, and the ingestor appends expecting <see cref="StreamVersion"/>.
/// </summary>
public sealed record SourceState
{
    /// <summary>The source's name.</summary>
    public required string Id { get; init; }

    /// <summary>The version of the source's stream after its last event; 0 before the first.</summary>
    public long StreamVersion { get; init; }

    /// <summary>The last commit the source moved past: ingested, or recorded as failed (<see cref="CommitFailed"/>).</summary>
    public string? LastIngestedSha { get; init; }

    public DateTimeOffset? LastIngestedAt { get; init; }

    public long IngestedCount { get; init; }

    /// <summary>Commits recorded as failed and skipped; not part of <see cref="IngestedCount"/>.</summary>
    public long FailedCount { get; init; }

    /// <summary>Force-pushes seen so far: a commit counts as ingested only if it was ingested in the current epoch.</summary>
    public int Epoch { get; init; }

    /// <summary>The newest version this source published, and its combined hash.</summary>
    public long? LastVersionNumber { get; init; }

    public string? LastVersionHash { get; init; }

    /// <summary>The newest version's <see cref="RouteTableVersionPublished.StatusHash"/>, null when it has none.</summary>
    public string? LastStatusHash { get; init; }

    public static SourceState Empty(string source) => new() { Id = source };
}
