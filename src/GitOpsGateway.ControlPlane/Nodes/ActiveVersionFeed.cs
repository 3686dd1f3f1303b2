using System.Text.Json;
using GitOpsGateway.ControlPlane.Resilience;
using GitOpsGateway.Events.Projections;
using GitOpsGateway.NodeFeed.Protocol;
using GitOpsGateway.NodeFeed.Server;
using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Serialization;
using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.ControlPlane.Nodes;

/// <summary>
/// Keeps each Gateway's active version (the <see cref="ActiveVersion"/> documents, which pinning and rollback
/// also write) in the in-memory feed source that node feeds read, so no node connection ever queries the
/// database. A refresh runs on every <see cref="VersionRefreshSignal"/> and at least every
/// <see cref="SafetyInterval"/>; a version whose table and hash are unchanged keeps its <see cref="FeedVersion"/>
/// instance, which the feed then serialises only once. While the database is unreachable nodes keep being fed
/// the versions already in memory; the <see cref="SupervisedLoop"/> retries and readiness says what it waits for.
/// </summary>
internal sealed class ActiveVersionFeed(
    IDocumentStore store,
    InMemoryVersionFeedSource feed,
    VersionRefreshSignal signal,
    DependencyOutages outages,
    ILogger<ActiveVersionFeed> logger) : BackgroundService
{
    /// <summary>Catches a notification lost with a connection; nothing waits this long in the normal flow.</summary>
    public static readonly TimeSpan SafetyInterval = TimeSpan.FromSeconds(30);

    private readonly SupervisedLoop loop = new(nameof(ActiveVersionFeed), Dependency.Database, outages, logger);
    private readonly Dictionary<NamespacedName, (long Version, string Hash)> offered = [];
    private long refreshes;

    /// <summary>Completed refreshes so far, for tests.</summary>
    public long Refreshes => Interlocked.Read(ref refreshes);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        loop.RunAsync(RefreshForeverAsync, stoppingToken);

    private async Task RefreshForeverAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            await RefreshAsync(stoppingToken);
            loop.Healthy();
            await signal.WaitAsync(SafetyInterval, stoppingToken);
        }
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var actives = await session.Query<ActiveVersion>().Where(active => active.Gateway != null).ToListAsync(cancellationToken);
        var present = new HashSet<NamespacedName>();
        foreach (var active in actives)
        {
            if (active.Hash is null || !GatewayKey.TryParse(active.Gateway, out var gateway))
            {
                continue;
            }

            present.Add(gateway);
            if (offered.TryGetValue(gateway, out var current) && current == (active.VersionNumber, active.Hash))
            {
                continue;
            }

            if (await ReadAsync(session, active, gateway, cancellationToken) is { } version)
            {
                feed.Publish(version);
                offered[gateway] = (active.VersionNumber, active.Hash);
                NodeFeedLog.VersionActive(logger, active.Gateway!, version.Version, version.Provenance);
            }
        }

        foreach (var gone in offered.Keys.Where(gateway => !present.Contains(gateway)).ToList())
        {
            feed.Withdraw(gone);
            offered.Remove(gone);
            NodeFeedLog.VersionWithdrawn(logger, GatewayKey.Format(gone));
        }

        Interlocked.Increment(ref refreshes);
    }

    private async Task<FeedVersion?> ReadAsync(IQuerySession session, ActiveVersion active, NamespacedName gateway, CancellationToken cancellationToken)
    {
        var version = await session.LoadAsync<RouteTableVersion>(active.VersionNumber, cancellationToken);
        var table = version?.Tables.FirstOrDefault(table => table.Gateway == active.Gateway);
        if (version is null || table is null)
        {
            NodeFeedLog.VersionUnreadable(logger, active.Gateway!, active.VersionNumber, "the version holds no table for this Gateway");
            return null;
        }

        RouteTable parsed;
        try
        {
            parsed = RouteTableSerializer.FromJson(table.Json);
        }
        catch (JsonException exception)
        {
            NodeFeedLog.VersionUnreadable(logger, active.Gateway!, active.VersionNumber, exception.Message);
            return null;
        }

        return new FeedVersion
        {
            Version = active.VersionNumber,
            Gateway = gateway,
            Hash = table.Hash,
            Table = parsed,
            Provenance = version.Provenance.Description,
            ActivatedAt = active.ActivatedAt,
        };
    }
}
