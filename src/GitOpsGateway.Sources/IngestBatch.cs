namespace GitOpsGateway.Sources;

/// <summary>
/// The commits to ingest after a fetch, oldest first along the branch's first-parent history. When the branch
/// was rewritten (its tip no longer descends from the last ingested commit), <see cref="ForcePushFrom"/> names
/// the commit that was last ingested, and <see cref="Commits"/> holds the new tip's history from the merge base.
/// </summary>
public sealed record IngestBatch(IReadOnlyList<SourceCommit> Commits, string? ForcePushFrom)
{
    public static IngestBatch Empty { get; } = new([], null);
}
