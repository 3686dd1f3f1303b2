using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.NodeFeed.Server;

public static class NodeFeedEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>GET {prefix}/feed</c> (SSE), <c>POST {prefix}/reports</c> and <c>GET {prefix}</c> (listing), each
    /// checking its bearer token itself. Needs <see cref="NodeFeedServiceCollectionExtensions.AddNodeFeed"/>.
    /// </summary>
    /// <returns>The group, for the host's own conventions (rate limits, metadata).</returns>
    public static RouteGroupBuilder MapNodeFeed(this IEndpointRouteBuilder endpoints, string prefix = "/api/v1/nodes")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider;
        var feed = services.GetService<FeedStreamEndpoint>()
            ?? throw new InvalidOperationException("Call services.AddNodeFeed() before MapNodeFeed().");
        var reports = services.GetRequiredService<ReportEndpoint>();
        var listing = services.GetRequiredService<NodeListingEndpoint>();
        if (!services.GetRequiredService<NodeTokenAuthenticator>().HasNodeTokens)
        {
            FeedServerLog.NoNodeTokens(services.GetRequiredService<ILogger<FeedStreamEndpoint>>());
        }

        var group = endpoints.MapGroup(prefix);
        group.MapGet("/feed", feed.HandleAsync);
        group.MapPost("/reports", reports.HandleAsync);
        group.MapGet("", listing.HandleAsync);
        return group;
    }
}
