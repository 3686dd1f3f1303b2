using GitOpsGateway.NodeFeed.Protocol;

namespace GitOpsGateway.NodeFeed.Server;

/// <summary>
/// Which node runs which version, as <c>GET {prefix}</c> answers it; registered by <c>AddNodeFeed</c> so the admin
/// API and the CLI's server side can ask the same question without an HTTP round trip.
/// </summary>
public sealed class NodeListingQuery
{
    private readonly IVersionFeedSource source;
    private readonly INodeRegistry registry;
    private readonly FeedConnections connections;

    internal NodeListingQuery(IVersionFeedSource source, INodeRegistry registry, FeedConnections connections)
    {
        this.source = source;
        this.registry = registry;
        this.connections = connections;
    }

    public async Task<NodeListing> ListAsync(CancellationToken cancellationToken)
    {
        var reports = await registry.ListAsync(cancellationToken);
        var connected = connections.Snapshot();
        var gatewayKeys = reports.Select(report => report.Gateway).Concat(connected.Select(key => key.Gateway)).Distinct(StringComparer.Ordinal);
        var active = new Dictionary<string, FeedVersion?>(StringComparer.Ordinal);
        foreach (var key in gatewayKeys)
        {
            active[key] = GatewayKey.TryParse(key, out var gateway) ? await source.GetCurrentAsync(gateway, cancellationToken) : null;
        }

        return ConvergenceCalculator.Build(reports, connected, active);
    }
}
