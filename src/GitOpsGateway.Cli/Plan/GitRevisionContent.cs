using GitOpsGateway.GatewayApi.Loading;

namespace GitOpsGateway.Cli.Plan;

/// <summary>
/// The manifests of a folder (<paramref name="Folder"/>, repository-relative, empty for the root) at one commit;
/// <paramref name="FolderExists"/> is false when the commit has no such folder (then there are no files).
/// </summary>
internal sealed record GitRevisionContent(string CommitSha, string Folder, IReadOnlyList<ManifestFile> Files, bool FolderExists);
