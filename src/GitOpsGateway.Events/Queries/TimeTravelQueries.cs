using GitOpsGateway.Events.Projections;
using Marten;

namespace GitOpsGateway.Events.Queries;

/// <summary>
/// Which version was active at a moment or right after a commit, read from the activation history
/// (<see cref="VersionActivation"/>), so pins and rollbacks in force then are respected. One index range each.
/// </summary>
public static class TimeTravelQueries
{
    /// <summary>The shortest commit abbreviation accepted, as Git's default.</summary>
    public const int MinimumShaPrefix = 7;

    /// <summary>The activation in force at <paramref name="at"/> (the newest at or before it), for one source or overall.</summary>
    public static Task<VersionActivation?> ActivationAtAsync(IQuerySession session, DateTimeOffset at, string? source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var bound = CeilingToMicrosecond(at);
        var activations = session.Query<VersionActivation>().Where(activation => activation.ActivatedAt <= bound);
        if (source is not null)
        {
            activations = activations.Where(activation => activation.Source == source);
        }

        return activations.OrderByDescending(activation => activation.ActivatedAt).ThenByDescending(activation => activation.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The first activation of a source, or of any source: where history starts.</summary>
    public static Task<VersionActivation?> FirstActivationAsync(IQuerySession session, string? source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var activations = session.Query<VersionActivation>();
        var filtered = source is null ? activations : activations.Where(activation => activation.Source == source);
        return filtered.OrderBy(activation => activation.ActivatedAt).ThenBy(activation => activation.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// The newest ingestion of the commit whose sha is or starts with <paramref name="sha"/> (at least
    /// <see cref="MinimumShaPrefix"/> characters), in one source or any; null when none was ingested.
    /// </summary>
    public static async Task<IngestedCommit?> IngestionOfAsync(IQuerySession session, string sha, string? source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(sha);
        var prefix = sha.Trim().ToLowerInvariant();
        if (prefix.Length < MinimumShaPrefix)
        {
            return null;
        }

        var commits = session.Query<IngestedCommit>().Where(commit => commit.Sha.StartsWith(prefix));
        if (source is not null)
        {
            commits = commits.Where(commit => commit.Source == source);
        }

        return await commits.OrderByDescending(commit => commit.IngestedAt).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// The index holds times rounded to PostgreSQL's microseconds while the parameter is sent truncated, so a moment
    /// read back from a document (with .NET's 100 ns ticks) would miss its own activation; rounding the bound up keeps it.
    /// </summary>
    private static DateTimeOffset CeilingToMicrosecond(DateTimeOffset at)
    {
        var extra = at.Ticks % TimeSpan.TicksPerMicrosecond;
        return extra == 0 ? at : at.AddTicks(TimeSpan.TicksPerMicrosecond - extra);
    }
}
