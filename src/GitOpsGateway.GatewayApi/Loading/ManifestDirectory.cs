namespace GitOpsGateway.GatewayApi.Loading;

/// <summary>
/// Reads every *.yaml, *.yml and *.json file under a folder, recursively, in ordinal order of their relative
/// paths ('/'-separated). Hidden entries (".git", ".github") are skipped. A symbolic link to a file is read only
/// when its final target lies inside the folder; links to folders are not followed (they would read the same
/// objects twice, or loop).
/// </summary>
public static class ManifestDirectory
{
    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];

    public static async Task<ManifestDirectoryContents> ReadAsync(
        string root, ManifestLoaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        var limits = options ?? ManifestLoaderOptions.Default;
        var rootDirectory = new DirectoryInfo(Path.GetFullPath(root));
        if (!rootDirectory.Exists)
        {
            throw new DirectoryNotFoundException($"The manifest folder '{root}' does not exist.");
        }

        var boundary = RealPath(rootDirectory);
        var diagnostics = new List<LoadDiagnostic>();
        var candidates = new List<(string Relative, FileInfo File)>();
        Walk(rootDirectory, rootDirectory.FullName, boundary, candidates, diagnostics, cancellationToken);

        var files = new List<ManifestFile>(candidates.Count);
        foreach (var (relative, file) in candidates.OrderBy(candidate => candidate.Relative, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var target = file.LinkTarget is null ? file : (FileInfo?)file.ResolveLinkTarget(returnFinalTarget: true) ?? file;
            if (target.Length > limits.MaxFileBytes)
            {
                diagnostics.Add(ManifestLoader.TooLarge(relative, target.Length, limits.MaxFileBytes));
                continue;
            }

            // Length 0 also covers pipes and devices, which would block a read.
            var text = target.Length == 0 ? string.Empty : await File.ReadAllTextAsync(file.FullName, cancellationToken);
            files.Add(new ManifestFile(relative, text));
        }

        return new ManifestDirectoryContents(files, diagnostics);
    }

    private static void Walk(
        DirectoryInfo directory,
        string rootPath,
        string boundary,
        List<(string Relative, FileInfo File)> candidates,
        List<LoadDiagnostic> diagnostics,
        CancellationToken cancellationToken)
    {
        foreach (var entry in directory.EnumerateFileSystemInfos())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (entry.Name.StartsWith('.'))
            {
                continue;
            }

            var relative = Path.GetRelativePath(rootPath, entry.FullName).Replace(Path.DirectorySeparatorChar, '/');
            switch (entry)
            {
                case DirectoryInfo child when child.LinkTarget is not null:
                    diagnostics.Add(Refused(relative, DiagnosticSeverity.Warning, "is a symbolic link to a folder; it is not followed."));
                    break;
                case DirectoryInfo child:
                    Walk(child, rootPath, boundary, candidates, diagnostics, cancellationToken);
                    break;
                case FileInfo file when IsManifest(file.Name):
                    if (file.LinkTarget is not null && !LinksInside(file, boundary))
                    {
                        diagnostics.Add(Refused(relative, DiagnosticSeverity.Error, "is a symbolic link that leads outside the manifest folder (or nowhere); refused."));
                        break;
                    }

                    candidates.Add((relative, file));
                    break;
            }
        }
    }

    private static bool IsManifest(string name) => Extensions.Any(extension => name.EndsWith(extension, StringComparison.OrdinalIgnoreCase));

    private static bool LinksInside(FileInfo link, string boundary)
    {
        try
        {
            var target = link.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !target.Exists)
            {
                return false;
            }

            // Resolve links in the target's folders too: the final target may be reached through a linked folder.
            var realFolder = RealPath(new DirectoryInfo(Path.GetDirectoryName(target.FullName)!));
            return IsInside(Path.Combine(realFolder, target.Name), boundary);
        }
        catch (IOException)
        {
            // A link cycle: refuse it like any other link that leads nowhere.
            return false;
        }
    }

    private static bool IsInside(string path, string boundary) =>
        path.StartsWith(boundary.EndsWith(Path.DirectorySeparatorChar) ? boundary : boundary + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The folder's path with every symbolic link along it resolved.</summary>
    private static string RealPath(DirectoryInfo directory)
    {
        if (directory.Parent is null)
        {
            return directory.FullName;
        }

        var parent = RealPath(directory.Parent);
        var combined = new DirectoryInfo(Path.Combine(parent, directory.Name));
        return combined.LinkTarget is null
            ? combined.FullName
            : RealPath(new DirectoryInfo(Path.GetFullPath(combined.ResolveLinkTarget(returnFinalTarget: true)!.FullName)));
    }

    private static LoadDiagnostic Refused(string relative, DiagnosticSeverity severity, string message) =>
        new(severity, new SourceLocation(relative, 0, 0, 0), string.Empty, $"'{Excerpt.Of(relative, 160)}' {message}");
}
