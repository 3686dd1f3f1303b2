using LibGit2Sharp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GitOpsGateway.Sources.Git;

/// <summary>
/// Reads one source's branch from Git: fetches it into a bare clone kept in <see cref="WorkingDirectory"/> (created
/// by the first fetch, reused by every later reader over the same directory, e.g. after a restart), picks the
/// commits to ingest and reads each commit's manifests.
/// </summary>
/// <remarks>
/// Not thread-safe: one caller at a time (the source's watcher loop), and one process per working directory.
/// Methods other than <see cref="FetchAsync"/> read only the local clone, so they work while the remote is down.
/// </remarks>
public sealed class GitSourceReader : IDisposable
{
    /// <summary>Manifest files above this size are reported as <see cref="SkippedEntryReason.Oversized"/>, not read.</summary>
    public const long MaxManifestBytes = 8 * 1024 * 1024;

    private readonly SourceFolder folder;
    private readonly RemoteLocation remote;
    private readonly GitCredentials? credentials;
    private readonly LocalMirror mirror;
    private readonly ILogger logger;

    /// <param name="workingDirectory">Where the clone lives, e.g. <c>STATE/sources/NAME</c>; absent or empty the first time.</param>
    /// <param name="credentials">For https remotes only; refused for paths and file:// URLs.</param>
    /// <exception cref="ArgumentException">The folder escapes the repository, or the repository or branch cannot be used.</exception>
    public GitSourceReader(SourceDefinition source, string workingDirectory, GitCredentials? credentials = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(workingDirectory);
        if (!Reference.IsValidName("refs/heads/" + source.Branch))
        {
            throw new ArgumentException($"'{source.Branch}' is not a valid branch name.", nameof(source));
        }

        folder = SourceFolder.Parse(source.Folder);
        remote = RemoteLocation.Parse(source.Repository);
        if (credentials is not null && remote.Kind != RemoteKind.Https)
        {
            throw new ArgumentException("Credentials are only used for https:// repositories.", nameof(credentials));
        }

        Source = source;
        WorkingDirectory = Path.GetFullPath(workingDirectory);
        this.credentials = credentials;
        this.logger = logger ?? NullLogger.Instance;
        mirror = new LocalMirror(WorkingDirectory, source.Branch);
    }

    public SourceDefinition Source { get; }

    public string WorkingDirectory { get; }

    /// <summary>
    /// Fetches the source branch (creating the clone the first time) and returns its tip sha. Runs libgit2 on the
    /// thread pool; cancellation is checked between steps and during the transfer.
    /// </summary>
    /// <exception cref="GitSourceUnavailableException">The remote could not be reached or read, or has no such branch.</exception>
    public Task<string> FetchAsync(CancellationToken cancellationToken) =>
        Task.Run(() => Fetch(cancellationToken), cancellationToken);

    /// <summary>The branch tip as of the last successful fetch (by this or an earlier reader), or null before any.</summary>
    public string? LocalTipSha() => mirror.Tip()?.Sha;

    /// <summary>
    /// Selects the commits after <paramref name="lastIngestedSha"/> on the tip's first-parent chain, oldest first,
    /// from the local clone (fetch first). Merges are single commits. At most <paramref name="max"/> are returned:
    /// <list type="bullet">
    /// <item>First ingest (null): the NEWEST <paramref name="max"/> commits; older history is never ingested.</item>
    /// <item>Normal case: the OLDEST <paramref name="max"/> new commits; call again with the last returned sha until
    /// the result is empty (or ends at <see cref="LocalTipSha"/>), so nothing is skipped.</item>
    /// <item>Force-push (the last ingested commit is not an ancestor of the tip): <c>ForcePushFrom</c> is set and the
    /// commits are the tip's chain after the merge base (oldest <paramref name="max"/>); when the branch was reset to
    /// an older commit, that commit alone; when there is no common history (or the old commit is gone), the newest
    /// <paramref name="max"/> commits.</item>
    /// </list>
    /// </summary>
    /// <exception cref="InvalidOperationException">No fetch has succeeded yet for this working directory.</exception>
    public PendingCommits FindNewCommits(string? lastIngestedSha, int max)
    {
        if (lastIngestedSha is not null)
        {
            ShaText.ThrowIfNotFullSha(lastIngestedSha, nameof(lastIngestedSha));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var tip = mirror.Tip() ?? throw new InvalidOperationException(
            $"Source '{Source.Name}' has not been fetched into {WorkingDirectory} yet; call FetchAsync first.");
        var pending = FirstParentHistory.Select(mirror.TryOpen()!, tip, lastIngestedSha, max);
        if (pending.ForcePushFrom is { } rewritten)
        {
            GitSourceLog.ForcePushDetected(logger, Source.Name, Source.Branch, rewritten, tip.Sha);
        }

        return pending;
    }

    /// <summary>
    /// <see cref="FindNewCommits"/> followed by <see cref="ReadCommit"/> for each commit. Skipped entries are logged
    /// (event 2005) and travel with each commit (<see cref="SourceCommit.SkippedEntries"/>); calling the two methods
    /// one commit at a time keeps one commit's files in memory at a time.
    /// </summary>
    public IngestBatch ReadNewCommits(string? lastIngestedSha, int max, CancellationToken cancellationToken = default)
    {
        var pending = FindNewCommits(lastIngestedSha, max);
        var commits = new List<SourceCommit>(pending.Shas.Count);
        foreach (var sha in pending.Shas)
        {
            commits.Add(ReadCommit(sha, cancellationToken).Commit);
        }

        return new IngestBatch(commits, pending.ForcePushFrom);
    }

    /// <summary>
    /// One commit's provenance and every manifest under the source folder (see <see cref="ManifestTreeReader"/> for
    /// what counts), paths relative to the folder in ordinal order, text decoded as UTF-8 without a BOM. A missing
    /// folder gives no files. Whatever was left out is listed in <see cref="GitCommitSnapshot.SkippedEntries"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The commit is not in the local clone.</exception>
    public GitCommitSnapshot ReadCommit(string sha, CancellationToken cancellationToken = default)
    {
        ShaText.ThrowIfNotFullSha(sha, nameof(sha));
        var repository = mirror.TryOpen();
        var commit = repository?.Lookup<Commit>(sha) ?? throw new ArgumentException(
            $"Commit {sha} is not in the local clone of source '{Source.Name}'; fetch first.", nameof(sha));

        var content = ReadFolder(repository, commit, cancellationToken);
        foreach (var skipped in content.SkippedEntries)
        {
            GitSourceLog.EntrySkipped(logger, Source.Name, commit.Sha, skipped.Path, skipped.Reason, skipped.Detail);
        }

        return new GitCommitSnapshot(SourceCommitFactory.Create(commit, content.Files, content.SkippedEntries), content.SkippedEntries);
    }

    public void Dispose() => mirror.Dispose();

    private FolderContent ReadFolder(Repository repository, Commit commit, CancellationToken cancellationToken)
    {
        if (folder.IsRoot)
        {
            return ManifestTreeReader.Read(repository, commit.Tree, MaxManifestBytes, cancellationToken);
        }

        var entry = commit.Tree[folder.TreePath];
        return entry?.Mode switch
        {
            null => FolderContent.Empty,
            Mode.Directory => ManifestTreeReader.Read(repository, (Tree)entry.Target, MaxManifestBytes, cancellationToken),
            Mode.SymbolicLink => new FolderContent(
                [], [new SkippedEntry(".", SkippedEntryReason.SymbolicLink, $"The source folder {folder} is a symbolic link, which is not followed.")]),
            _ => FolderContent.Empty,
        };
    }

    private string Fetch(CancellationToken cancellationToken)
    {
        if (mirror.OpenOrCreate(remote.Url))
        {
            GitSourceLog.LocalCloneCreated(logger, Source.Name, WorkingDirectory);
        }

        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            mirror.Fetch(FetchOptionsFor(cancellationToken));
        }
        catch (LibGit2SharpException exception) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException($"Fetching source '{Source.Name}' was cancelled.", exception, cancellationToken);
        }
        catch (LibGit2SharpException exception)
        {
            throw Unavailable(exception.Message, exception);
        }

        cancellationToken.ThrowIfCancellationRequested();
        CompactClone();
        var tip = mirror.Tip() ?? throw Unavailable($"the remote has no branch '{Source.Branch}'", innerException: null);
        GitSourceLog.Fetched(logger, Source.Name, Source.Branch, tip.Sha);
        return tip.Sha;
    }

    // Fetched objects are in the clone already; a failed merge of its packs costs only the bound, so it never fails the fetch.
    private void CompactClone()
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            if (mirror.CompactIfFragmented() is > 0 and var packs)
            {
                GitSourceLog.PacksCompacted(logger, Source.Name, packs, (long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
        catch (Exception exception) when (exception is LibGit2SharpException or IOException or UnauthorizedAccessException)
        {
            GitSourceLog.PackCompactionFailed(logger, Source.Name, exception.Message);
        }
    }

    private FetchOptions FetchOptionsFor(CancellationToken cancellationToken)
    {
        var options = new FetchOptions
        {
            TagFetchMode = TagFetchMode.None,
            Prune = true,

            // Returning false asks libgit2 to abort the transfer, which it reports as an exception.
            OnTransferProgress = _ => !cancellationToken.IsCancellationRequested,
            OnProgress = _ => !cancellationToken.IsCancellationRequested,
        };
        if (remote.Kind == RemoteKind.Https && credentials is { } basic)
        {
            options.CredentialsProvider = (_, _, _) =>
                new UsernamePasswordCredentials { Username = basic.Username, Password = basic.Password };
        }

        return options;
    }

    private GitSourceUnavailableException Unavailable(string reason, Exception? innerException)
    {
        GitSourceLog.FetchFailed(logger, Source.Name, reason);
        return new GitSourceUnavailableException(
            Source.Name,
            $"Git source '{Source.Name}' ({remote.Url}, branch '{Source.Branch}') is unavailable: {reason}",
            innerException);
    }
}
