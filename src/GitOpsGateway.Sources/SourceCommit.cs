using GitOpsGateway.GatewayApi.Loading;

namespace GitOpsGateway.Sources;

/// <summary>
/// One commit of a source, as the watcher hands it to ingestion: its provenance and every manifest file under
/// the source's folder at that commit (paths relative to the folder, ordinal order), and what could not be read there.
/// </summary>
public sealed record SourceCommit
{
    private readonly string sha = string.Empty;

    /// <summary>
    /// The Git object id: 40 (SHA-1) or 64 (SHA-256) hex digits. It keys documents and event metadata stored as
    /// text, where PostgreSQL refuses U+0000 and nothing may be replaced without losing the commit's identity, so
    /// any other value is refused here, where a source hands a commit over, and never fails ingestion.
    /// </summary>
    public required string Sha
    {
        get => sha;
        init => sha = IsObjectId(value) ? value : throw new ArgumentException($"'{Truncated(value)}' is not a Git object id (40 or 64 hex digits).", nameof(Sha));
    }

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

    private static bool IsObjectId(string? value) => value is { Length: 40 or 64 } && value.All(char.IsAsciiHexDigit);

    private static string Truncated(string? value) => value is null ? string.Empty : value.Length <= 64 ? value : value[..64] + "…";
}
