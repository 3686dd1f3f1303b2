namespace GitOpsGateway.Sources.Git;

/// <summary>
/// Which commits to ingest next, oldest first, without reading their files; see
/// <see cref="GitSourceReader.FindNewCommits"/> for the selection rules.
/// </summary>
/// <param name="ForcePushFrom">The last ingested sha when the branch no longer descends from it; otherwise null.</param>
public sealed record PendingCommits(IReadOnlyList<string> Shas, string? ForcePushFrom)
{
    public static PendingCommits None { get; } = new([], null);
}
