using GitOpsGateway.NodeFeed.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.NodeFeed.Server;

/// <summary><c>GET {prefix}</c>: every known node with its latest report, and convergence per Gateway.</summary>
internal sealed class NodeListingEndpoint(
    IVersionFeedSource source,
    INodeRegistry registry,
    FeedConnections connections,
    NodeTokenAuthenticator authenticator,
    ILogger<NodeListingEndpoint> logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        if (!authenticator.AcceptsReader(context.Request.Headers.Authorization))
        {
            await NodeFeedResponses.UnauthorizedAsync(context, logger);
            return;
        }

        var listing = await ListAsync(context.RequestAborted);
        await context.Response.WriteAsJsonAsync(listing, NodeFeedJsonContext.Default.NodeListing, contentType: null, context.RequestAborted);
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
