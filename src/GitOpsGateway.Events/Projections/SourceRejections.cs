namespace GitOpsGateway.Events.Projections;

/// <summary>
/// What a source's last ingested commit could not read or load: its <see cref="ManifestRejected"/> events,
/// replaced by the next commit's (every commit is read whole, so the latest commit's rejections are the current ones).
/// </summary>
public sealed record SourceRejections
{
    /// <summary>The source's name.</summary>
    public required string Id { get; init; }

    /// <summary>The commit the rejections belong to; null before any commit.</summary>
    public string? CommitSha { get; init; }

    public DateTimeOffset? IngestedAt { get; init; }

    /// <summary>In the order they were appended: load errors by file, then files that could not be read.</summary>
    public IReadOnlyList<ManifestRejected> Items { get; init; } = [];

    public static SourceRejections Empty(string source) => new() { Id = source };
}
