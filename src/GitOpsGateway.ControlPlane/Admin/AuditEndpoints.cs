using GitOpsGateway.Audit.Journal;
using GitOpsGateway.Audit.Queries;
using GitOpsGateway.Audit.References;
using GitOpsGateway.Audit.Resources;
using GitOpsGateway.ControlPlane.Identity;
using GitOpsGateway.GatewayApi;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GitOpsGateway.ControlPlane.Admin;

/// <summary>The audit questions under <c>/api/v1</c>, answered by <see cref="AuditQueries"/>; lists are paged.</summary>
internal static class AuditEndpoints
{
    /// <summary>Stands for the empty namespace of a cluster-scoped object in <c>/history/{kind}/{ns}/{name}</c>.</summary>
    public const string ClusterScope = "_";

    public static RouteGroupBuilder MapAuditEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/versions/{from:long}/diff/{to:long}", DiffAsync).WithName("DiffVersions").RequirePermission(Permission.Read);
        api.MapGet("/history/{kind}/{ns}/{name}", HistoryAsync).WithName("GetResourceHistory").RequirePermission(Permission.Read);
        api.MapGet("/audit", AuditAsync).WithName("GetReferenceHistory").RequirePermission(Permission.Read);
        api.MapGet("/journal", JournalAsync).WithName("GetCommandJournal").RequirePermission(Permission.Read);
        return api;
    }

    private static async Task<Results<Ok<VersionDiff>, NotFound<string>, BadRequest<string>>> DiffAsync(
        long from, long to, IQuerySession session, CancellationToken cancellationToken, string? gateway = null, int page = 1, int pageSize = 50)
    {
        if (Paging(page, pageSize, newestFirst: false) is not { } request)
        {
            return TypedResults.BadRequest(PagingError);
        }

        var diff = await AuditQueries.VersionDiffAsync(session, from, to, gateway, request, cancellationToken);
        return diff is null ? TypedResults.NotFound($"Version {from} or {to} does not exist.") : TypedResults.Ok(diff);
    }

    private static async Task<Results<Ok<Page<ResourceChange>>, BadRequest<string>, ProblemHttpResult>> HistoryAsync(
        string kind, string ns, string name, HttpContext context, IQuerySession session, CancellationToken cancellationToken,
        DateTimeOffset? since = null, DateTimeOffset? until = null, int page = 1, int pageSize = 50, bool newestFirst = false)
    {
        if (Paging(page, pageSize, newestFirst) is not { } request)
        {
            return TypedResults.BadRequest(PagingError);
        }

        var resource = new ResourceRef(CanonicalKind(kind), ns == ClusterScope ? string.Empty : ns, name);
        if (resource.Kind == SecretIdentity.Kind && !RolePermissions.Grants(context.User, Permission.ReadSecretDetails))
        {
            return TypedResults.Problem(
                title: "Forbidden",
                detail: $"A Secret's history shows its stored manifests; it needs the {Permission.ReadSecretDetails} permission (operator or admin).",
                statusCode: StatusCodes.Status403Forbidden);
        }

        return TypedResults.Ok(await AuditQueries.ResourceHistoryAsync(session, resource, new TimeWindow(since, until), request, cancellationToken));
    }

    private static async Task<Results<Ok<Page<ReferenceChange>>, BadRequest<string>>> AuditAsync(
        IQuerySession session, CancellationToken cancellationToken, string? hostname = null, string? path = null, string? backend = null,
        ReferenceView? view = null, DateTimeOffset? since = null, DateTimeOffset? until = null, int page = 1, int pageSize = 50, bool newestFirst = false)
    {
        var subject = Subject(hostname, path, backend);
        if (subject is null)
        {
            return TypedResults.BadRequest("Give exactly one of hostname, path and backend (NAMESPACE/NAME).");
        }

        if (Paging(page, pageSize, newestFirst) is not { } request)
        {
            return TypedResults.BadRequest(PagingError);
        }

        return TypedResults.Ok(await AuditQueries.ReferenceHistoryAsync(session, subject, view, new TimeWindow(since, until), request, cancellationToken));
    }

    private static async Task<Results<Ok<Page<CommandJournalEntry>>, BadRequest<string>>> JournalAsync(
        IQuerySession session, CancellationToken cancellationToken, string? source = null,
        DateTimeOffset? since = null, DateTimeOffset? until = null, int page = 1, int pageSize = 50, bool newestFirst = false)
    {
        if (Paging(page, pageSize, newestFirst) is not { } request)
        {
            return TypedResults.BadRequest(PagingError);
        }

        return TypedResults.Ok(await AuditQueries.CommandJournalAsync(session, source, new TimeWindow(since, until), request, cancellationToken));
    }

    internal static string PagingError => $"page must be 1 or more and pageSize between 1 and {PageRequest.MaxSize}.";

    internal static PageRequest? Paging(int page, int pageSize, bool newestFirst) =>
        page < 1 || pageSize < 1 || pageSize > PageRequest.MaxSize ? null : new PageRequest { Number = page, Size = pageSize, NewestFirst = newestFirst };

    private static ReferenceSubject? Subject(string? hostname, string? path, string? backend)
    {
        var given = new[] { hostname, path, backend }.Count(value => !string.IsNullOrWhiteSpace(value));
        if (given != 1)
        {
            return null;
        }

        if (!string.IsNullOrWhiteSpace(hostname))
        {
            return ReferenceSubject.Hostname(hostname);
        }

        if (!string.IsNullOrEmpty(path))
        {
            return ReferenceSubject.Path(path);
        }

        var parts = backend!.Split('/');
        return parts is [{ Length: > 0 } ns, { Length: > 0 } name] ? ReferenceSubject.Backend(ns, name) : null;
    }

    /// <summary>"httproute" reads as "HTTPRoute": people type kinds in any case, the store keeps Kubernetes' spelling.</summary>
    private static string CanonicalKind(string kind) =>
        Enum.GetValues<ResourceKind>().Select(ResourceKinds.Name).FirstOrDefault(name => string.Equals(name, kind, StringComparison.OrdinalIgnoreCase)) ?? kind;
}
