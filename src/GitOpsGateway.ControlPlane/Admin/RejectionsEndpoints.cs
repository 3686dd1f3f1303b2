using GitOpsGateway.ControlPlane.Configuration;
using GitOpsGateway.ControlPlane.Identity;
using GitOpsGateway.Events.Queries;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GitOpsGateway.ControlPlane.Admin;

/// <summary>
/// The sources' current rejections: what their last ingested commits could not read or load. Load errors and
/// unreadable files otherwise reach only the event stream and the log.
/// </summary>
internal static class RejectionsEndpoints
{
    public static RouteGroupBuilder MapRejectionsEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/rejections", AllAsync).WithName("ListRejections").RequirePermission(Permission.Read);
        api.MapGet("/sources/{name}/rejections", OfSourceAsync).WithName("ListSourceRejections").RequirePermission(Permission.Read);
        return api;
    }

    public static async Task<List<RejectionView>> OfAsync(IQuerySession session, string source, CancellationToken cancellationToken)
    {
        var rejections = await GatewayQueries.RejectionsAsync(session, source, cancellationToken);
        return rejections.CommitSha is not { } commit
            ? []
            : rejections.Items.Select(item => RejectionView.From(source, commit, item)).ToList();
    }

    private static async Task<Ok<List<RejectionView>>> AllAsync(ControlPlaneSettings settings, IQuerySession session, CancellationToken cancellationToken)
    {
        var views = new List<RejectionView>();
        foreach (var source in settings.Sources)
        {
            views.AddRange(await OfAsync(session, source.Name, cancellationToken));
        }

        return TypedResults.Ok(views);
    }

    private static async Task<Results<Ok<List<RejectionView>>, NotFound<string>>> OfSourceAsync(
        string name, ControlPlaneSettings settings, IQuerySession session, CancellationToken cancellationToken) =>
        settings.FindSource(name) is null
            ? TypedResults.NotFound($"No source named '{name}' is configured.")
            : TypedResults.Ok(await OfAsync(session, name, cancellationToken));
}
