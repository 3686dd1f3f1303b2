using LibGit2Sharp;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.DevMode.Sources;

/// <summary>
/// Makes a plain folder watchable: a private repository (branch <see cref="DevSourceResolver.PrivateBranch"/>)
/// whose working tree is made equal to the folder on every <see cref="SyncOnce"/>, committing when anything
/// differs, so every change becomes a commit the control plane ingests like any other. Hidden entries are skipped.
/// </summary>
public sealed class FolderMirror
{
    private static readonly Signature Author = new("gitops-gateway dev", "dev@gitops-gateway.invalid", DateTimeOffset.UnixEpoch);

    private readonly string folder;
    private readonly string repositoryPath;
    private readonly ILogger logger;

    public FolderMirror(string folder, string repositoryPath, ILogger logger)
    {
        this.folder = Path.GetFullPath(folder);
        this.repositoryPath = Path.GetFullPath(repositoryPath);
        this.logger = logger ?? throw new ArgumentNullException(nameof(logger));
        if (!Repository.IsValid(this.repositoryPath))
        {
            // An unborn HEAD can only be renamed in the file; libgit2 would otherwise start on its default branch.
            var gitDirectory = Repository.Init(this.repositoryPath);
            File.WriteAllText(Path.Combine(gitDirectory, "HEAD"), $"ref: refs/heads/{DevSourceResolver.PrivateBranch}\n");
        }
    }

    /// <returns>The new commit's sha, or null when the folder had not changed.</returns>
    public string? SyncOnce()
    {
        var wanted = Files(folder);
        var present = Files(repositoryPath);
        foreach (var (relative, source) in wanted)
        {
            var target = Path.Combine(repositoryPath, relative);
            var bytes = File.ReadAllBytes(source);
            if (!present.ContainsKey(relative) || !File.ReadAllBytes(target).AsSpan().SequenceEqual(bytes))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, bytes);
            }
        }

        foreach (var relative in present.Keys.Where(relative => !wanted.ContainsKey(relative)))
        {
            File.Delete(Path.Combine(repositoryPath, relative));
        }

        using var repository = new Repository(repositoryPath);
        Commands.Stage(repository, "*");
        if (!repository.RetrieveStatus(new StatusOptions { IncludeUntracked = true }).IsDirty)
        {
            return null;
        }

        var now = new Signature(Author.Name, Author.Email, DateTimeOffset.Now);
        var commit = repository.Commit($"Change seen in {folder}", now, now);
        DevModeLog.FolderCommitted(logger, folder, commit.Sha);
        return commit.Sha;
    }

    /// <summary>Relative path (with '/') → full path of every file under <paramref name="root"/>, hidden entries aside.</summary>
    private static Dictionary<string, string> Files(string root)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden };
        foreach (var path in Directory.EnumerateFiles(root, "*", options))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (!relative.Split('/').Any(part => part.StartsWith('.')))
            {
                files[relative] = path;
            }
        }

        return files;
    }
}
