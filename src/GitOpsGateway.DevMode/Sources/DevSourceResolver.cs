using LibGit2Sharp;

namespace GitOpsGateway.DevMode.Sources;

/// <summary>
/// Decides how dev mode watches a folder: the Git repository around it, on its checked-out branch, when that can
/// work (a branch is checked out and the folder is committed on it); a private repository otherwise.
/// </summary>
public static class DevSourceResolver
{
    public const string PrivateBranch = "main";

    /// <param name="privateRepository">Where the private repository lives when one is needed.</param>
    public static DevSource Resolve(string folder, string privateRepository)
    {
        var watched = Path.GetFullPath(folder);
        if (!Directory.Exists(watched))
        {
            throw new DevModeException($"The folder {watched} does not exist.");
        }

        var reason = "it is not inside a Git repository";
        if (Repository.Discover(watched) is { } gitDirectory)
        {
            using var repository = new Repository(gitDirectory);
            var folderInRepository = FolderIn(repository, watched);
            reason = WhyNotWatchable(repository, folderInRepository);
            if (reason is null)
            {
                return new DevSource
                {
                    Kind = DevSourceKind.GitCheckout,
                    WatchedFolder = watched,
                    Repository = Path.TrimEndingDirectorySeparator(repository.Info.WorkingDirectory),
                    Branch = repository.Head.FriendlyName,
                    Folder = folderInRepository!,
                };
            }
        }

        return new DevSource
        {
            Kind = DevSourceKind.PrivateRepository,
            WatchedFolder = watched,
            Repository = Path.GetFullPath(privateRepository),
            Branch = PrivateBranch,
            Folder = string.Empty,
            Reason = reason,
        };
    }

    private static string? FolderIn(Repository repository, string watched)
    {
        if (repository.Info.WorkingDirectory is not { } workingDirectory)
        {
            return null;
        }

        var relative = Path.GetRelativePath(workingDirectory, watched).Replace('\\', '/');
        return relative == "." ? string.Empty : relative;
    }

    private static string? WhyNotWatchable(Repository repository, string? folder) => repository switch
    {
        _ when repository.Info.IsBare || folder is null => "its repository has no working tree",
        _ when repository.Info.IsHeadDetached => "its repository has no branch checked out (detached HEAD)",
        _ when repository.Info.IsShallow => "its repository is a shallow clone",
        { Head.Tip: null } => "its branch has no commit yet",
        _ when folder.Length > 0 && repository.Head.Tip[folder] is null => $"it is not committed on branch {repository.Head.FriendlyName}",
        _ => null,
    };
}
