using GitOpsGateway.GatewayApi.Loading;

namespace GitOpsGateway.Sources;

/// <summary>
/// One commit of a source, as the watcher hands it to ingestion: its provenance and every manifest file under
/// the source's folder at that commit (paths relative to the folder, ordinal order), and what could not be read there.
/// </summary>
public sealed record SourceCommit
{
    public required string Sha { get; init; }

    /// <summary>First parent first, as Git stores them.</summary>
    public required IReadOnlyList<string> ParentShas { get; init; }

    public required CommitSignature Author { get; init; }

    public required CommitSignature Committer { get; init; }

    public required string Message { get; init; }

    public required IReadOnlyList<ManifestFile> Files { get; init; }

    /// <summary>
    /// Entries under the folder that could not be read as manifests (symlinks, submodules, oversized or non-UTF-8
    /// files), in ordinal path order. Ingestion keeps the objects they held and records each as a rejection.
    /// </summary>
    public IReadOnlyList<SkippedEntry> SkippedEntries { get; init; } = [];
}
