namespace GitOpsGateway.GatewayApi.Loading;

/// <summary>The manifests read from a folder, sorted by ordinal path, and the entries that were refused or skipped.</summary>
public sealed record ManifestDirectoryContents(IReadOnlyList<ManifestFile> Files, IReadOnlyList<LoadDiagnostic> Diagnostics);
