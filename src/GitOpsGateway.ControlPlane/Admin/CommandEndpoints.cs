using GitOpsGateway.ControlPlane.Commands;
using GitOpsGateway.ControlPlane.Configuration;
using GitOpsGateway.ControlPlane.Identity;
using GitOpsGateway.Events.Projections;
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
        api.MapPost("/rollback", RollbackAsync).WithName("Rollback").RequirePermission(Permission.Rollback);
        api.MapPost("/pin", PinAsync).WithName("Pin").RequirePermission(Permission.Pin);
        api.MapPost("/unpin", UnpinAsync).WithName("Unpin").RequirePermission(Permission.Unpin);
        api.MapGet("/status", StatusAsync).WithName("GetStatus").RequirePermission(Permission.Read);
        return api;
    }

    private static async Task<Results<Ok<VersionCommandOutcome>, NotFound<string>, BadRequest<string>, Conflict<string>, ProblemHttpResult>> RollbackAsync(
        RollbackRequest request, HttpContext context, IMessageBus bus, ControlPlaneSettings settings, IQuerySession session, CancellationToken cancellationToken)
    {
        var targets = (request.ToVersion is null ? 0 : 1) + (string.IsNullOrWhiteSpace(request.ToCommit) ? 0 : 1) + (request.ToTime is null ? 0 : 1);
        if (targets != 1)
        {
            return TypedResults.BadRequest("Give exactly one of toVersion, toCommit and toTime.");
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            return TypedResults.BadRequest("A rollback needs a reason.");
        }

        if (await ScopeRefusalAsync(context, settings, session, request.Source, request.ToVersion, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var caller = CommandCallers.Of(context);
        object command = (request.ToVersion, request.ToCommit, request.ToTime) switch
        {
            ({ } version, _, _) => new RollbackToVersion(version, caller, request.Reason),
            (_, { } sha, _) when !string.IsNullOrWhiteSpace(sha) => new RollbackToCommit(sha.Trim(), caller, request.Reason, request.Source),
            (_, _, { } time) => new RollbackToTime(time, caller, request.Reason, request.Source),
            _ => throw new InvalidOperationException("exactly one target was checked above"),
        };
        return await InvokeAsync(bus, command, cancellationToken);
    }

    private static async Task<Results<Ok<VersionCommandOutcome>, NotFound<string>, BadRequest<string>, Conflict<string>, ProblemHttpResult>> PinAsync(
        HttpContext context, IMessageBus bus, ControlPlaneSettings settings, IQuerySession session, CancellationToken cancellationToken, PinRequest? request = null) =>
        await ScopeRefusalAsync(context, settings, session, request?.Source, request?.Version, cancellationToken) is { } refusal
            ? refusal
            : await InvokeAsync(bus, new PinVersion(CommandCallers.Of(context), request?.Reason ?? "pinned", request?.Source, request?.Version), cancellationToken);

    private static async Task<Results<Ok<VersionCommandOutcome>, NotFound<string>, BadRequest<string>, Conflict<string>, ProblemHttpResult>> UnpinAsync(
        HttpContext context, IMessageBus bus, ControlPlaneSettings settings, IQuerySession session, CancellationToken cancellationToken, PinRequest? request = null) =>
        await ScopeRefusalAsync(context, settings, session, request?.Source, version: null, cancellationToken) is { } refusal
            ? refusal
            : await InvokeAsync(bus, new Unpin(CommandCallers.Of(context), request?.Reason ?? "unpinned", request?.Source), cancellationToken);

    /// <summary>
    /// 403 when the caller's scopes do not cover the source the command will act on, resolved as the command resolves
    /// it: a named version's source first, then the source asked for, then the only configured one.
    /// </summary>
    internal static async Task<ProblemHttpResult?> ScopeRefusalAsync(
        HttpContext context, ControlPlaneSettings settings, IQuerySession session, string? source, long? version, CancellationToken cancellationToken)
    {
        var named = version is { } number ? await session.LoadAsync<RouteTableVersion>(number, cancellationToken) : null;
        var resolved = named?.Provenance.Source ?? source ?? (settings.Sources.Count == 1 ? settings.Sources[0].Name : null);
        var refusal = await ScopeCheck.RefusalAsync(context.User, resolved, session, cancellationToken);
        return refusal is null ? null : TypedResults.Problem(title: "Forbidden", detail: refusal, statusCode: StatusCodes.Status403Forbidden);
    }

    private static async Task<Ok<StatusView>> StatusAsync(
        ControlPlaneSettings settings, IQuerySession session, NodeListingQuery nodes, CancellationToken cancellationToken)
    {
        var sources = await StatusQuery.SourcesAsync(settings, session, cancellationToken);
        return TypedResults.Ok(new StatusView(sources, await nodes.ListAsync(cancellationToken)));
    }

    private static async Task<Results<Ok<VersionCommandOutcome>, NotFound<string>, BadRequest<string>, Conflict<string>, ProblemHttpResult>> InvokeAsync(
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
