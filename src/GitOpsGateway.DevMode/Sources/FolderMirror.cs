using LibGit2Sharp;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.DevMode.Sources;

/// <summary>
/// Makes a plain folder watchable: a private repository (branch <see cref="DevSourceResolver.PrivateBranch"/>)
/// whose tip holds the folder as <see cref="FolderReader"/> reads it, committing when anything differs, so every
/// change becomes a commit the control plane ingests like any other. The tree is written straight into the object
/// database (no working tree): files as blobs, symbolic links as links (the Git reader reports them as skipped and
/// never follows them, as for any repository), and a manifest-named entry that is never read (a FIFO, a device, a
/// hard link to a file outside the folder) as a link whose target says why, so it is reported the same way instead
/// of silently vanishing. Nothing outside the folder is ever read, so nothing outside it can be served or quoted.
/// </summary>
public sealed class FolderMirror
{
    private static readonly Signature Author = new("gitops-gateway dev", "dev@gitops-gateway.invalid", DateTimeOffset.UnixEpoch);
    private static readonly string[] ManifestExtensions = [".yaml", ".yml", ".json"];

    private readonly string folder;
    private readonly string repositoryPath;
    private readonly ILogger logger;
    private HashSet<string> refusedLastTime = new(StringComparer.Ordinal);

    public FolderMirror(string folder, string repositoryPath, ILogger logger)
    {
        this.folder = Path.GetFullPath(folder);
        this.repositoryPath = Path.GetFullPath(repositoryPath);
        this.logger = logger ?? throw new ArgumentNullException(nameof(logger));
        if (!Repository.IsValid(this.repositoryPath))
        {
            // An unborn HEAD can only be renamed in the file; libgit2 would otherwise start on its default branch.
            var gitDirectory = Repository.Init(this.repositoryPath, isBare: true);
            File.WriteAllText(Path.Combine(gitDirectory, "HEAD"), $"ref: refs/heads/{DevSourceResolver.PrivateBranch}\n");
        }
    }

    /// <returns>The new commit's sha, or null when the folder had not changed.</returns>
    public string? SyncOnce(CancellationToken cancellationToken)
    {
        var entries = FolderReader.Read(folder, cancellationToken);
        LogRefusals(entries);
        using var repository = new Repository(repositoryPath);
        var tree = repository.ObjectDatabase.CreateTree(Definition(repository, entries));
        var branch = $"refs/heads/{DevSourceResolver.PrivateBranch}";
        var tip = repository.Refs[branch]?.ResolveToDirectReference()?.Target as Commit;
        if (tip is not null && tip.Tree.Id == tree.Id)
        {
            return null;
        }

        var now = new Signature(Author.Name, Author.Email, DateTimeOffset.Now);
        var commit = repository.ObjectDatabase.CreateCommit(
            now, now, $"Change seen in {folder}", tree, tip is null ? [] : [tip], prettifyMessage: true);
        if (tip is null)
        {
            repository.Refs.Add(branch, commit.Id);
        }
        else
        {
            repository.Refs.UpdateTarget(repository.Refs[branch], commit.Id);
        }

        DevModeLog.FolderCommitted(logger, folder, commit.Sha);
        return commit.Sha;
    }

    private static TreeDefinition Definition(Repository repository, IReadOnlyList<FolderEntry> entries)
    {
        var definition = new TreeDefinition();
        foreach (var entry in entries)
        {
            switch (entry.Kind)
            {
                case FolderEntryKind.File:
                    definition.Add(entry.Path, Blob(repository, entry.Content), Mode.NonExecutableFile);
                    break;
                case FolderEntryKind.SymbolicLink:
                    definition.Add(entry.Path, Blob(repository, entry.Content), Mode.SymbolicLink);
                    break;
                case FolderEntryKind.Refused when IsManifestName(entry.Path):
                    var placeholder = System.Text.Encoding.UTF8.GetBytes($"(not read by gitops-gateway dev: {entry.Refusal})");
                    definition.Add(entry.Path, Blob(repository, placeholder), Mode.SymbolicLink);
                    break;
                default:
                    break;
            }
        }

        return definition;
    }

    private static Blob Blob(Repository repository, ReadOnlyMemory<byte> content)
    {
        using var stream = new MemoryStream(content.ToArray(), writable: false);
        return repository.ObjectDatabase.CreateBlob(stream);
    }

    private static bool IsManifestName(string path) =>
        ManifestExtensions.Any(extension => path.EndsWith(extension, StringComparison.Ordinal));

    /// <summary>Each refused entry is logged when it first appears, not once a second while it stays.</summary>
    private void LogRefusals(IReadOnlyList<FolderEntry> entries)
    {
        var refused = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries.Where(entry => entry.Kind == FolderEntryKind.Refused))
        {
            refused.Add(entry.Path);
            if (!refusedLastTime.Contains(entry.Path))
            {
                DevModeLog.EntryNotRead(logger, folder, entry.Path, entry.Refusal ?? "");
            }
        }

        refusedLastTime = refused;
    }
}
