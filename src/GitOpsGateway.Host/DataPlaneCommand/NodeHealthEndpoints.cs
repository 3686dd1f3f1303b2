using GitOpsGateway.DataPlane;
using GitOpsGateway.NodeFeed.Client;

namespace GitOpsGateway.Host.DataPlaneCommand;

/// <summary>
/// <c>/healthz</c>: the process answers. <c>/readyz</c>: the node serves a table (possibly its last-known-good one
/// while the control plane is away), with the feed's state as JSON either way.
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
            return TypedResults.Json(body, HostJsonContext.Default.NodeHealth, statusCode: node.ServingVersion is null ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK);
        });
        return endpoints;
    }
}
