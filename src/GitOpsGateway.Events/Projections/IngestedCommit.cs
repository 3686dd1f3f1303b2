namespace GitOpsGateway.Events.Projections;

/// <summary>One ingested commit of a source: what makes ingestion idempotent, and where the commit sits in the stream.</summary>
public sealed record IngestedCommit
{
    /// <summary>"SOURCE@SHA" (<see cref="IdFor"/>).</summary>
    public required string Id { get; init; }

    public required string Source { get; init; }

    public required string Sha { get; init; }

    /// <summary>The source's force-push epoch when it was ingested (<see cref="SourceState.Epoch"/>).</summary>
    public required int Epoch { get; init; }

    /// <summary>The version of the commit's <see cref="CommitIngested"/> event in the source's stream.</summary>
    public required long StreamVersion { get; init; }

    public required DateTimeOffset IngestedAt { get; init; }

    public static string IdFor(string source, string sha) => $"{source}@{sha}";
}
