namespace GitOpsGateway.Sources.Git;

/// <summary>A commit as read by <see cref="GitSourceReader.ReadCommit"/>: the contract's view plus what was left out.</summary>
/// <param name="SkippedEntries">Symlinks, submodules, oversized and non-UTF-8 manifests under the folder, in ordinal path order.</param>
public sealed record GitCommitSnapshot(SourceCommit Commit, IReadOnlyList<SkippedEntry> SkippedEntries);
