using System.Globalization;
using GitOpsGateway.ControlPlane.Identity;
using GitOpsGateway.Events.Projections;
using GitOpsGateway.Events.Queries;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GitOpsGateway.ControlPlane.Admin;

/// <summary><c>GET /api/v1/versions/at?time=|commit=</c>: the route tables and statuses that were active then.</summary>
internal static class TimeTravelEndpoints
{
    public static RouteGroupBuilder MapTimeTravelEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/versions/at", AtAsync).WithName("GetVersionAt").RequirePermission(Permission.Read);
        return api;
    }

    /// <param name="time">An ISO 8601 moment.</param>
    /// <param name="commit">A commit sha or its first 7 or more characters: the moment right after it was ingested.</param>
    /// <param name="source">Limits the answer to one source; by default the version active overall.</param>
    /// <param name="gateway">"namespace/name": the version its source had active, with only that Gateway's table.</param>
    private static async Task<Results<Ok<VersionAtView>, NotFound<string>, BadRequest<string>>> AtAsync(
        IQuerySession session, CancellationToken cancellationToken, DateTimeOffset? time = null, string? commit = null, string? source = null, string? gateway = null)
    {
        if ((time is null) == string.IsNullOrWhiteSpace(commit))
        {
            return TypedResults.BadRequest("Give exactly one of time (ISO 8601) and commit.");
        }

        if (gateway is not null)
        {
            var active = await GatewayQueries.ActiveVersionAsync(session, gateway, cancellationToken);
            if (active is null)
            {
                return TypedResults.NotFound($"No source has ever served Gateway {gateway}.");
            }

            source = active.Source;
        }

        IngestedCommit? ingestion = null;
        if (commit is not null)
        {
            ingestion = await TimeTravelQueries.IngestionOfAsync(session, commit, source, cancellationToken);
            if (ingestion is null)
            {
                return TypedResults.NotFound($"Commit {commit.Trim()} was never ingested (give at least {TimeTravelQueries.MinimumShaPrefix} characters of its sha).");
            }

            source ??= ingestion.Source;
        }

        var at = ingestion?.IngestedAt ?? time!.Value;
        var activation = await TimeTravelQueries.ActivationAtAsync(session, at, source, cancellationToken);
        var version = activation is null ? null : await GatewayQueries.VersionAsync(session, activation.VersionNumber, cancellationToken);
        if (activation is null || version is null)
        {
            return TypedResults.NotFound(await NothingActiveAsync(session, at, source, cancellationToken));
        }

        if (gateway is not null && version.Tables.All(table => table.Gateway != gateway))
        {
            return TypedResults.NotFound(string.Create(CultureInfo.InvariantCulture, $"Gateway {gateway} had no table at {at:O}: version {version.Id}, active then, does not define it."));
        }

        var view = VersionView.From(version, await CommitLookup.FindAsync(session, version.Provenance, cancellationToken));
        return TypedResults.Ok(new VersionAtView
        {
            At = at,
            Commit = ingestion?.Sha,
            Source = activation.Source,
            ActivatedAt = activation.ActivatedAt,
            Cause = activation.Cause,
            CommandId = activation.CommandId,
            Version = gateway is null ? view : view with { Tables = [.. view.Tables.Where(table => table.Gateway == gateway)] },
        });
    }

    private static async Task<string> NothingActiveAsync(IQuerySession session, DateTimeOffset at, string? source, CancellationToken cancellationToken)
    {
        var of = source is null ? "" : $" of source '{source}'";
        var first = await TimeTravelQueries.FirstActivationAsync(session, source, cancellationToken);
        return first is null
            ? $"No version{of} has been activated yet."
            : string.Create(CultureInfo.InvariantCulture, $"No version{of} was active at {at:O}: history starts at {first.ActivatedAt:O}, when version {first.VersionNumber} was activated.");
    }
}
