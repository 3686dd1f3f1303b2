namespace GitOpsGateway.Sources.Git;

/// <summary>
/// A source's folder as '/'-separated segments below the repository root. Any ".." segment is refused, even one
/// that would stay inside the repository, so no spelling of the folder can point outside it.
/// </summary>
internal sealed class SourceFolder
{
    private SourceFolder(IReadOnlyList<string> segments) => Segments = segments;

    public IReadOnlyList<string> Segments { get; }

    public bool IsRoot => Segments.Count == 0;

    /// <summary>The folder as a Git tree path ("gateways/prod"), empty for the repository root.</summary>
    public string TreePath => string.Join('/', Segments);

    public static SourceFolder Parse(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (folder.StartsWith('/') || folder.StartsWith('\\') || Path.IsPathRooted(folder))
        {
            throw new ArgumentException(
                $"The source folder '{folder}' must be relative to the repository root.", nameof(folder));
        }

        var segments = folder.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Where(segment => segment != ".")
            .ToArray();
        if (segments.Contains(".."))
        {
            throw new ArgumentException(
                $"The source folder '{folder}' contains '..'; it must name a folder inside the repository.", nameof(folder));
        }

        return new SourceFolder(segments);
    }

    public override string ToString() => IsRoot ? "(repository root)" : TreePath;
}
