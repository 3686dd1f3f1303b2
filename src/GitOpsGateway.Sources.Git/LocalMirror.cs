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

    /// <summary>
    /// Opens the clone afresh, creating it in an absent or empty directory; returns whether it was created. Objects read
    /// from the clone before this call must not be used after it.
    /// </summary>
    public bool OpenOrCreate(string remoteUrl)
    {
        // A LibGit2Sharp Repository keeps every Remote and commit walk it hands out (with their native handles) until
        // it is disposed, disposed or not by the caller: one kept open for the process's life grows with every fetch.
        repository?.Dispose();
        repository = null;
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

    /// <summary>
    /// Merges the clone's packs into one when there are more than <see cref="PackCompaction.MaxPackFiles"/>; returns
    /// how many packs were merged, or 0 when none were due. The clone is closed meanwhile and open again afterwards,
    /// whatever happens: objects read from it before this call must not be used after it.
    /// </summary>
    public int CompactIfFragmented()
    {
        var packs = PackCompaction.PackFiles(Directory);
        if (packs.Count <= PackCompaction.MaxPackFiles)
        {
            return 0;
        }

        var staging = PackCompaction.WriteSinglePack(OpenedRepository, Directory);
        repository!.Dispose();
        repository = null;
        try
        {
            PackCompaction.Replace(Directory, staging, packs);
        }
        finally
        {
            repository = new Repository(Directory);
        }

        return packs.Count;
    }

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
