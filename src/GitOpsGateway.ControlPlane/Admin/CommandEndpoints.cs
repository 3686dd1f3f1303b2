using GitOpsGateway.ControlPlane.Commands;
using GitOpsGateway.ControlPlane.Configuration;
using GitOpsGateway.NodeFeed.Server;
using JasperFx;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace GitOpsGateway.ControlPlane.Admin;

/// <summary>Rollback, pin, unpin and status under <c>/api/v1</c>; the commands run as Wolverine messages and answer with their outcome.</summary>
internal static class CommandEndpoints
{
    public static RouteGroupBuilder MapCommandEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/rollback", RollbackAsync).WithName("Rollback");
        api.MapPost("/pin", PinAsync).WithName("Pin");
        api.MapPost("/unpin", UnpinAsync).WithName("Unpin");
        api.MapGet("/status", StatusAsync).WithName("GetStatus");
        return api;
    }

    private static Task<Results<Ok<VersionCommandOutcome>, NotFound<string>, BadRequest<string>, Conflict<string>>> RollbackAsync(
        RollbackRequest request, HttpContext context, IMessageBus bus, CancellationToken cancellationToken)
    {
        var targets = (request.ToVersion is null ? 0 : 1) + (string.IsNullOrWhiteSpace(request.ToCommit) ? 0 : 1) + (request.ToTime is null ? 0 : 1);
        if (targets != 1)
        {
            return Task.FromResult<Results<Ok<VersionCommandOutcome>, NotFound<string>, BadRequest<string>, Conflict<string>>>(
                TypedResults.BadRequest("Give exactly one of toVersion, toCommit and toTime."));
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            return Task.FromResult<Results<Ok<VersionCommandOutcome>, NotFound<string>, BadRequest<string>, Conflict<string>>>(
                TypedResults.BadRequest("A rollback needs a reason."));
        }

        var actor = ActorName.Of(context);
        object command = (request.ToVersion, request.ToCommit, request.ToTime) switch
        {
            ({ } version, _, _) => new RollbackToVersion(version, actor, request.Reason),
            (_, { } sha, _) when !string.IsNullOrWhiteSpace(sha) => new RollbackToCommit(sha.Trim(), actor, request.Reason, request.Source),
            (_, _, { } time) => new RollbackToTime(time, actor, request.Reason, request.Source),
            _ => throw new InvalidOperationException("exactly one target was checked above"),
        };
        return InvokeAsync(bus, command, cancellationToken);
    }

    private static Task<Results<Ok<VersionCommandOutcome>, NotFound<string>, BadRequest<string>, Conflict<string>>> PinAsync(
        HttpContext context, IMessageBus bus, CancellationToken cancellationToken, PinRequest? request = null) =>
        InvokeAsync(bus, new PinVersion(ActorName.Of(context), request?.Reason ?? "pinned", request?.Source, request?.Version), cancellationToken);

    private static Task<Results<Ok<VersionCommandOutcome>, NotFound<string>, BadRequest<string>, Conflict<string>>> UnpinAsync(
        HttpContext context, IMessageBus bus, CancellationToken cancellationToken, PinRequest? request = null) =>
        InvokeAsync(bus, new Unpin(ActorName.Of(context), request?.Reason ?? "unpinned", request?.Source), cancellationToken);

    private static async Task<Ok<StatusView>> StatusAsync(
        ControlPlaneSettings settings, IQuerySession session, NodeListingQuery nodes, CancellationToken cancellationToken)
    {
        var sources = await StatusQuery.SourcesAsync(settings, session, cancellationToken);
        return TypedResults.Ok(new StatusView(sources, await nodes.ListAsync(cancellationToken)));
    }

    private static async Task<Results<Ok<VersionCommandOutcome>, NotFound<string>, BadRequest<string>, Conflict<string>>> InvokeAsync(
        IMessageBus bus, object command, CancellationToken cancellationToken)
    {
        VersionCommandOutcome outcome;
        try
        {
            outcome = await bus.InvokeAsync<VersionCommandOutcome>(command, cancellationToken);
        }
        catch (ConcurrencyException)
        {
            return TypedResults.Conflict("The source changed while the command ran (a commit was ingested); try again.");
        }

        return outcome.Status switch
        {
            VersionCommandStatus.Done => TypedResults.Ok(outcome),
            VersionCommandStatus.NotFound => TypedResults.NotFound(outcome.Error ?? "Not found."),
            _ => TypedResults.BadRequest(outcome.Error ?? "The request cannot be carried out."),
        };
    }
}
