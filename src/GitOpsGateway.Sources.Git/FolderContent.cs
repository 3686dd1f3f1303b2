using GitOpsGateway.GatewayApi.Loading;

namespace GitOpsGateway.Sources.Git;

/// <summary>The manifests found under a source folder at one commit and the entries left out, both in ordinal path order.</summary>
internal sealed record FolderContent(IReadOnlyList<ManifestFile> Files, IReadOnlyList<SkippedEntry> SkippedEntries)
{
    public static FolderContent Empty { get; } = new([], []);
}
