using GitOpsGateway.Audit.Nodes;
using GitOpsGateway.Audit.Queries;
using GitOpsGateway.ControlPlane.Identity;
using GitOpsGateway.Events.Queries;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GitOpsGateway.ControlPlane.Admin;

/// <summary>
/// Which nodes ran which version when, from the <c>NodeReported</c> events the control plane stores (the node
/// listing itself, <c>GET /api/v1/nodes</c>, belongs to the node feed).
/// </summary>
internal static class NodeHistoryEndpoints
{
    public static RouteGroupBuilder MapNodeHistoryEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/versions/{number:long}/convergence", ConvergenceAsync).WithName("GetVersionConvergence").RequirePermission(Permission.Read);
        api.MapGet("/nodes/{ns}/{gateway}/{node}/history", HistoryAsync).WithName("GetNodeHistory").RequirePermission(Permission.Read);
        return api;
    }

    private static async Task<Results<Ok<VersionConvergence>, NotFound<string>, BadRequest<string>>> ConvergenceAsync(
        long number, IQuerySession session, CancellationToken cancellationToken, int page = 1, int pageSize = 50, bool newestFirst = false)
    {
        if (AuditEndpoints.Paging(page, pageSize, newestFirst) is not { } request)
        {
            return TypedResults.BadRequest(AuditEndpoints.PagingError);
        }

        if (await GatewayQueries.VersionAsync(session, number, cancellationToken) is null)
        {
            return TypedResults.NotFound($"There is no version {number}.");
        }

        return TypedResults.Ok(await AuditQueries.VersionConvergenceAsync(session, number, request, cancellationToken));
    }

    /// <param name="ns">The Gateway's namespace.</param>
    /// <param name="gateway">The Gateway's name.</param>
    /// <param name="node">The node's name, as it reports itself.</param>
    private static async Task<Results<Ok<Page<NodeVersionRun>>, NotFound<string>, BadRequest<string>>> HistoryAsync(
        string ns, string gateway, string node, IQuerySession session, CancellationToken cancellationToken, int page = 1, int pageSize = 50, bool newestFirst = false)
    {
        if (AuditEndpoints.Paging(page, pageSize, newestFirst) is not { } request)
        {
            return TypedResults.BadRequest(AuditEndpoints.PagingError);
        }

        var key = $"{ns}/{gateway}";
        var history = await AuditQueries.NodeHistoryAsync(session, key, node, request, cancellationToken);
        if (history.Items.Count == 0 && request.Number == 1 && await session.LoadAsync<NodeStatusRecord>(NodeStatusRecord.IdFor(key, node), cancellationToken) is null)
        {
            return TypedResults.NotFound($"Node {node} of Gateway {key} has never reported.");
        }

        return TypedResults.Ok(history);
    }
}
