namespace GitOpsGateway.Sources.Git;

/// <summary>
/// An entry under the source folder that was left out of a commit's files, with the reason, so that ingestion can
/// report it (for example as a rejection) instead of the file silently vanishing.
/// </summary>
/// <param name="Path">Relative to the source folder, '/'-separated, like <see cref="GitOpsGateway.GatewayApi.Loading.ManifestFile.Path"/>.</param>
/// <param name="Detail">A sentence for people, e.g. the size and the limit.</param>
public sealed record SkippedEntry(string Path, SkippedEntryReason Reason, string Detail);
