using System.Text;
using GitOpsGateway.Cli.Frame;
using GitOpsGateway.GatewayApi.Loading;
using LibGit2Sharp;

namespace GitOpsGateway.Cli.Plan;

/// <summary>
/// Reads the manifests of a source's folder at a Git revision of a local repository, picking files as the
/// control plane's watcher does: every <c>*.yaml</c>, <c>*.yml</c> and <c>*.json</c> blob below the folder, by
/// exact lower-case extension, symbolic links and submodules left out. Paths are relative to the folder.
/// </summary>
internal static class GitRevisionReader
{
    private static readonly string[] ManifestExtensions = [".yaml", ".yml", ".json"];

    /// <exception cref="CliException">No repository at <paramref name="repositoryPath"/>, or a revision it does not know (exit code 2).</exception>
    public static GitRevisionContent Read(string repositoryPath, string revision, string folder, CancellationToken cancellationToken)
    {
        var gitDirectory = Repository.Discover(Path.GetFullPath(repositoryPath))
            ?? throw new CliException($"'{revision}' is not a folder, and '{repositoryPath}' is not inside a Git repository to read it as a revision from (see --repo).");
        using var repository = new Repository(gitDirectory);
        var commit = Resolve(repository, revision);
        var treePath = string.Join('/', folder.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(segment => segment != "."));
        var files = new List<ManifestFile>();
        var tree = treePath.Length == 0 ? commit.Tree : commit[treePath]?.Target as Tree;
        if (tree is not null)
        {
            Collect(tree, string.Empty, files, cancellationToken);
        }

        files.Sort((left, right) => string.CompareOrdinal(left.Path, right.Path));
        return new GitRevisionContent(commit.Sha, treePath, files, FolderExists: tree is not null);
    }

    private static Commit Resolve(Repository repository, string revision)
    {
        GitObject? found;
        try
        {
            // "^{commit}" peels tags, as git rev-parse does.
            found = repository.Lookup(revision + "^{commit}");
        }
        catch (LibGit2SharpException exception)
        {
            throw new CliException($"'{revision}' is neither a folder nor a revision of the repository at {repository.Info.WorkingDirectory ?? repository.Info.Path}.", exception);
        }

        return found as Commit
            ?? throw new CliException($"'{revision}' is neither a folder nor a revision of the repository at {repository.Info.WorkingDirectory ?? repository.Info.Path}.");
    }

    private static void Collect(Tree tree, string prefix, List<ManifestFile> files, CancellationToken cancellationToken)
    {
        foreach (var entry in tree)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = prefix + entry.Name;
            if (entry.Mode == Mode.Directory)
            {
                Collect((Tree)entry.Target, path + "/", files, cancellationToken);
            }
            else if (entry.Mode is Mode.NonExecutableFile or Mode.ExecutableFile or Mode.NonExecutableGroupWritableFile
                && ManifestExtensions.Any(extension => entry.Name.EndsWith(extension, StringComparison.Ordinal)))
            {
                var content = ((Blob)entry.Target).GetContentText(Encoding.UTF8);
                files.Add(new ManifestFile(path, content.TrimStart('\uFEFF')));
            }
        }
    }
}
