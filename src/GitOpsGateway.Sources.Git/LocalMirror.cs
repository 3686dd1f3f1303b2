using LibGit2Sharp;

namespace GitOpsGateway.Sources.Git;

/// <summary>
/// The bare clone kept for one source: a remote named <c>origin</c> that fetches the source branch alone into
/// <c>refs/remotes/origin/BRANCH</c>. Objects fetched once stay, so commits that a force-push removed from the
/// branch can still be read and compared.
/// </summary>
internal sealed class LocalMirror(string directory, string branch) : IDisposable
{
    private const string RemoteName = "origin";

    private Repository? repository;

    public string Directory { get; } = directory;

    private string TrackingReference => $"refs/remotes/{RemoteName}/{branch}";

    private string RefSpec => $"+refs/heads/{branch}:{TrackingReference}";

    private Repository OpenedRepository =>
        repository ?? throw new InvalidOperationException("The local clone has not been opened.");

    /// <summary>The clone if this or an earlier process created it; null before the first fetch.</summary>
    public Repository? TryOpen()
    {
        if (repository is null && Repository.IsValid(Directory))
        {
            repository = new Repository(Directory);
        }

        return repository;
    }

    /// <summary>Opens the clone, creating it in an absent or empty directory; returns whether it was created.</summary>
    public bool OpenOrCreate(string remoteUrl)
    {
        var created = false;
        if (TryOpen() is null)
        {
            if (System.IO.Directory.Exists(Directory) && System.IO.Directory.EnumerateFileSystemEntries(Directory).Any())
            {
                throw new InvalidOperationException(
                    $"{Directory} exists, is not empty and is not a Git repository; refusing to clone into it.");
            }

            Repository.Init(Directory, isBare: true);
            repository = new Repository(Directory);
            created = true;
        }

        ConfigureRemote(repository!, remoteUrl);
        return created;
    }

    public void Fetch(FetchOptions options) =>
        Commands.Fetch(OpenedRepository, RemoteName, [RefSpec], options, logMessage: null);

    /// <summary>The branch tip as of the last successful fetch, or null when there is none yet.</summary>
    public Commit? Tip()
    {
        var target = TryOpen()?.Refs[TrackingReference]?.ResolveToDirectReference()?.Target;
        return target as Commit;
    }

    public void Dispose() => repository?.Dispose();

    // The source may have moved (new URL or branch) since the clone was made: the stored remote follows it.
    private void ConfigureRemote(Repository opened, string remoteUrl)
    {
        using var remote = opened.Network.Remotes[RemoteName];
        if (remote is null)
        {
            opened.Network.Remotes.Add(RemoteName, remoteUrl, RefSpec);
            return;
        }

        var upToDate = remote.Url == remoteUrl
            && remote.FetchRefSpecs.Select(spec => spec.Specification).SequenceEqual([RefSpec]);
        if (!upToDate)
        {
            opened.Network.Remotes.Update(RemoteName, updater =>
            {
                updater.Url = remoteUrl;
                updater.FetchRefSpecs = new[] { RefSpec };
            });
        }
    }
}
