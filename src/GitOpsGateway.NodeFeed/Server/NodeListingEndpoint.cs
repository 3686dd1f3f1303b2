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
        if (!authenticator.AcceptsReader(context.Request.Headers.Authorization))
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

        await context.Response.WriteAsJsonAsync(listing, NodeFeedJsonContext.Default.NodeListing, contentType: null, context.RequestAborted);
    }
}
