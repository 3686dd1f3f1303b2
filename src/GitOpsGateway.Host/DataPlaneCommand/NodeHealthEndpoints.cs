using GitOpsGateway.DataPlane;
using GitOpsGateway.NodeFeed.Client;

namespace GitOpsGateway.Host.DataPlaneCommand;

/// <summary>
/// <c>/healthz</c>: the process answers. <c>/readyz</c>: the node serves a table, its listeners open (possibly the
/// last-known-good table while the control plane is away), with the feed's state as JSON either way.
/// </summary>
internal static class NodeHealthEndpoints
{
    public static IEndpointRouteBuilder MapNodeHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => TypedResults.Text("ok"));
        endpoints.MapGet("/readyz", (DataPlaneNode node, FeedSubscriber feed) =>
        {
            var status = feed.Status;
            var body = new NodeHealth(node.Options.NodeId, node.ServingVersion, node.ServingHash, status.Connected, status.LastConnectionError, status.AttemptErrors);
            return TypedResults.Json(body, HostJsonContext.Default.NodeHealth, statusCode: node.IsServing() ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }
}
