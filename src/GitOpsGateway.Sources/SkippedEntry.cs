namespace GitOpsGateway.Sources;

/// <summary>
/// An entry under the source folder that was left out of a commit's files, with the reason. It travels with the
/// commit so that ingestion treats the file like one that cannot be parsed: the objects it held keep their last
/// good versions, and the reason is recorded as a rejection instead of the file silently vanishing.
/// </summary>
/// <param name="Path">
/// Relative to the source folder, '/'-separated, like <see cref="GitOpsGateway.GatewayApi.Loading.ManifestFile.Path"/>;
/// "." for the source folder itself. For a symlink or submodule standing where a folder was, every file below it counts.
/// </param>
/// <param name="Detail">A sentence for people, e.g. the size and the limit.</param>
/// <param name="Line">The 1-based line of the problem when it has one (the first invalid byte of a non-UTF-8 file), else 0.</param>
public sealed record SkippedEntry(string Path, SkippedEntryReason Reason, string Detail, int Line = 0)
{
    /// <summary>
    /// A warning only: the entry was never a manifest file (its extension is not lower case), so it holds no objects
    /// to keep; the objects of a file renamed that way are deleted, as when the file is deleted.
    /// </summary>
    public bool IsWarning => Reason == SkippedEntryReason.ExtensionCase;

    /// <summary>True when <paramref name="file"/> is this entry or lies below it.</summary>
    public bool Covers(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Path == "."
            || string.Equals(file, Path, StringComparison.Ordinal)
            || (file.Length > Path.Length && file[Path.Length] == '/' && file.StartsWith(Path, StringComparison.Ordinal));
    }
}
