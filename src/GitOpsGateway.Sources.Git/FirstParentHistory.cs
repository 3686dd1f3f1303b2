using LibGit2Sharp;

namespace GitOpsGateway.Sources.Git;

/// <summary>
/// Picks the commits to ingest along the tip's first-parent chain. A merge is one step of that chain; the commits
/// it brought in through its other parents are never steps of their own.
/// </summary>
internal static class FirstParentHistory
{
    public static PendingCommits Select(Repository repository, Commit tip, string? lastIngestedSha, int max)
    {
        if (lastIngestedSha is null)
        {
            return new PendingCommits(Newest(Chain(tip, onlyAmong: null), max), null);
        }

        if (string.Equals(lastIngestedSha, tip.Sha, StringComparison.OrdinalIgnoreCase))
        {
            return PendingCommits.None;
        }

        var lastIngested = repository.Lookup<Commit>(lastIngestedSha);
        if (lastIngested is null)
        {
            // Rewritten away and gone from the clone: nothing to compare against, so start over like a first ingest.
            return new PendingCommits(Newest(Chain(tip, onlyAmong: null), max), lastIngestedSha);
        }

        var mergeBase = repository.ObjectDatabase.FindMergeBase(lastIngested, tip);
        if (mergeBase is null)
        {
            return new PendingCommits(Newest(Chain(tip, onlyAmong: null), max), lastIngestedSha);
        }

        var newCommits = Oldest(Chain(tip, NotReachableFilter(repository, tip, lastIngested)), max);
        if (mergeBase.Id == lastIngested.Id)
        {
            return new PendingCommits(newCommits, null);
        }

        // Reset back to an older commit: nothing is new, yet ingestion must return to the tip's state.
        return new PendingCommits(newCommits.Length == 0 ? [tip.Sha] : newCommits, lastIngestedSha);
    }

    /// <summary>The tip's first-parent chain, newest first, for as long as its commits are among <paramref name="onlyAmong"/>.</summary>
    private static IEnumerable<Commit> Chain(Commit tip, HashSet<ObjectId>? onlyAmong)
    {
        for (Commit? commit = tip; commit is not null; commit = commit.Parents.FirstOrDefault())
        {
            if (onlyAmong is not null && !onlyAmong.Contains(commit.Id))
            {
                yield break;
            }

            yield return commit;
        }
    }

    /// <summary>
    /// Every commit reachable from the tip but not from the last ingested one, through all parents. A first-parent
    /// chain that re-enters old history through a merge's second side must stop there too, which a walk limited to
    /// first parents would not see.
    /// </summary>
    private static HashSet<ObjectId> NotReachableFilter(Repository repository, Commit tip, Commit lastIngested)
    {
        var filter = new CommitFilter
        {
            IncludeReachableFrom = tip,
            ExcludeReachableFrom = lastIngested,
            SortBy = CommitSortStrategies.Topological,
        };
        return repository.Commits.QueryBy(filter).Select(commit => commit.Id).ToHashSet();
    }

    /// <summary>The newest <paramref name="max"/> commits, oldest first: older history is not ingested.</summary>
    private static string[] Newest(IEnumerable<Commit> newestFirst, int max)
    {
        var shas = newestFirst.Take(max).Select(commit => commit.Sha).ToArray();
        Array.Reverse(shas);
        return shas;
    }

    /// <summary>The oldest <paramref name="max"/> commits, oldest first: the caller continues from the last one.</summary>
    private static string[] Oldest(IEnumerable<Commit> newestFirst, int max)
    {
        var shas = newestFirst.Select(commit => commit.Sha).ToArray();
        Array.Reverse(shas);
        return shas.Length <= max ? shas : shas[..max];
    }
}
