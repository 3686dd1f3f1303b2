using GitOpsGateway.NodeFeed.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.NodeFeed.Server;

/// <summary><c>GET {prefix}</c>: every known node with its latest report, and convergence per Gateway; 503 while the reports cannot be read.</summary>
internal sealed class NodeListingEndpoint(
    NodeListingQuery query,
    NodeTokenAuthenticator authenticator,
    ILogger<NodeListingEndpoint> logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization;
        var reader = authenticator.AcceptsReader(authorization);
        var node = reader ? null : authenticator.AuthenticateNode(authorization);
        if (!reader && node is null)
        {
            await NodeFeedResponses.UnauthorizedAsync(context, logger);
            return;
        }

        NodeListing listing;
        try
        {
            listing = await query.ListAsync(context.RequestAborted);
        }
        catch (NodeRegistryUnavailableException exception)
        {
            context.Response.Headers.RetryAfter = ReportEndpoint.RetryAfterSeconds;
            await NodeFeedResponses.TextAsync(context, StatusCodes.Status503ServiceUnavailable, $"The node reports cannot be read now: {exception.Message}");
            return;
        }

        // A node token sees the nodes of its own Gateways only; reader tokens see every Gateway.
        if (node is not null)
        {
            listing = new NodeListing
            {
                Gateways = [.. listing.Gateways.Where(gateway => node.Serves(gateway.Gateway))],
                Nodes = [.. listing.Nodes.Where(state => node.Serves(state.Report.Gateway))],
            };
        }

        await context.Response.WriteAsJsonAsync(listing, NodeFeedJsonContext.Default.NodeListing, contentType: null, context.RequestAborted);
    }
}
