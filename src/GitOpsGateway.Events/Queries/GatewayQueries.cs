using GitOpsGateway.GatewayApi;
using GitOpsGateway.Events.Projections;
using Marten;

namespace GitOpsGateway.Events.Queries;

/// <summary>The read side a host serves: versions, the active version, objects with status, source sync status and rejections. Each is a few indexed reads.</summary>
public static class GatewayQueries
{
    /// <summary>Skipped commits listed per source in <see cref="SourceStatusAsync"/>, newest first.</summary>
    public const int MaxFailedCommits = 20;

    /// <summary>Versions newest first; <paramref name="page"/> counts from 1.</summary>
    public static async Task<IReadOnlyList<VersionSummary>> VersionsAsync(
        IQuerySession session, int page, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var versions = await session.Query<RouteTableVersion>()
            .OrderByDescending(version => version.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .ToListAsync(cancellationToken);
        return versions
            .Select(version => new VersionSummary(
                version.Id, version.Hash, version.Provenance, version.CreatedAt, version.Tables.Select(table => table.Gateway).ToList()))
            .ToList();
    }

    public static Task<RouteTableVersion?> VersionAsync(IQuerySession session, long number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.LoadAsync<RouteTableVersion>(number, cancellationToken);
    }

    /// <summary>The version a Gateway ("namespace/name") serves, or the newest version overall when <paramref name="gateway"/> is null.</summary>
    public static Task<ActiveVersion?> ActiveVersionAsync(IQuerySession session, string? gateway, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.LoadAsync<ActiveVersion>(gateway is null ? ActiveVersion.OverallId : ActiveVersion.IdFor(gateway), cancellationToken);
    }

    /// <summary>A source's objects in key order, each with its status in the source's active version.</summary>
    public static async Task<IReadOnlyList<ResourceWithStatus>> ResourcesAsync(
        IQuerySession session, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var resources = await session.Query<CurrentResource>()
            .Where(resource => resource.Source == source)
            .ToListAsync(cancellationToken);
        var actives = await session.Query<ActiveVersion>()
            .Where(version => version.Source == source)
            .ToListAsync(cancellationToken);
        var active = actives.MaxBy(version => version.VersionNumber);
        var served = actives.Where(version => version.Gateway is not null && version.Hash is not null)
            .ToDictionary(version => version.Gateway!, version => version.VersionNumber, StringComparer.Ordinal);
        var version = active is null ? null : await session.LoadAsync<RouteTableVersion>(active.VersionNumber, cancellationToken);
        var statuses = version?.Statuses.ToDictionary(status => (status.Kind, status.Namespace, status.Name), status => status.Json)
            ?? [];
        return resources
            .OrderBy(resource => resource.Kind, StringComparer.Ordinal)
            .ThenBy(resource => resource.Namespace, StringComparer.Ordinal)
            .ThenBy(resource => resource.Name, StringComparer.Ordinal)
            .Select(resource => new ResourceWithStatus(
                resource,
                version?.Id,
                statuses.GetValueOrDefault((resource.Kind, resource.Namespace, resource.Name)),
                resource.Kind == ResourceKinds.Name(ResourceKind.Gateway) && served.TryGetValue($"{resource.Namespace}/{resource.Name}", out var number) ? number : null))
            .ToList();
    }

    /// <summary>What the source's last ingested commit could not read or load, with that commit; empty before any commit.</summary>
    public static async Task<SourceRejections> RejectionsAsync(IQuerySession session, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        return await session.LoadAsync<SourceRejections>(source, cancellationToken) ?? SourceRejections.Empty(source);
    }

    public static async Task<SourceSyncStatus> SourceStatusAsync(IQuerySession session, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var state = await session.LoadAsync<SourceState>(source, cancellationToken) ?? SourceState.Empty(source);
        var sync = await session.LoadAsync<SourceSync>(source, cancellationToken);
        var failing = await session.LoadAsync<FailingCommit>(source, cancellationToken);
        var skipped = state.FailedCount == 0
            ? []
            : await session.Query<FailedCommit>()
                .Where(commit => commit.Source == source)
                .OrderByDescending(commit => commit.SkippedAt)
                .Take(MaxFailedCommits)
                .ToListAsync(cancellationToken);
        var failedCommits = skipped.Select(commit => new FailedCommitStatus
        {
            Sha = commit.Sha,
            Reason = commit.Reason,
            Attempts = commit.Attempts,
            FirstFailedAt = commit.FirstFailedAt,
            LastFailedAt = commit.SkippedAt,
            Skipped = true,
        });
        if (failing is not null)
        {
            failedCommits = failedCommits.Prepend(new FailedCommitStatus
            {
                Sha = failing.Sha,
                Reason = failing.Reason,
                Attempts = failing.Attempts,
                FirstFailedAt = failing.FirstFailedAt,
                LastFailedAt = failing.LastFailedAt,
                Skipped = false,
            });
        }

        return new SourceSyncStatus
        {
            Source = source,
            LastIngestedSha = state.LastIngestedSha,
            LastIngestedAt = state.LastIngestedAt,
            IngestedCount = state.IngestedCount,
            LastVersionNumber = state.LastVersionNumber,
            LastSeenTip = sync?.LastSeenTip,
            LastFetchedAt = sync?.LastFetchedAt,
            LastError = sync?.LastError,
            FailedCommits = [.. failedCommits],
            FailedCount = state.FailedCount,
        };
    }
}
