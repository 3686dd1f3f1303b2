using GitOpsGateway.ControlPlane.Commands;
using GitOpsGateway.ControlPlane.Configuration;
using GitOpsGateway.ControlPlane.Identity;
using GitOpsGateway.ControlPlane.Leadership;
using GitOpsGateway.ControlPlane.Nodes;
using GitOpsGateway.Events.Queries;
using GitOpsGateway.NodeFeed.Server;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace GitOpsGateway.ControlPlane.Admin;

/// <summary>The admin API under <c>/api/v1</c>; every endpoint declares the <see cref="Permission"/> it needs.</summary>
public static class AdminEndpoints
{
    public const int MaxPageSize = 500;

    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup("/api/v1").RequireAuthorization().WithTags("Admin");
        api.MapGet("/sources", SourcesAsync).WithName("ListSources").RequirePermission(Permission.Read);
        api.MapPost("/sources/{name}/sync", SyncAsync).WithName("SyncSource").RequirePermission(Permission.Sync);
        api.MapGet("/versions", VersionsAsync).WithName("ListVersions").RequirePermission(Permission.Read);
        api.MapGet("/versions/active", ActiveAsync).WithName("GetActiveVersion").RequirePermission(Permission.Read);
        api.MapGet("/versions/{number:long}", VersionAsync).WithName("GetVersion").RequirePermission(Permission.Read);
        api.MapGet("/resources", ResourcesAsync).WithName("ListResources").RequirePermission(Permission.Read);
        api.MapRejectionsEndpoints();
        api.MapCommandEndpoints().MapAuditEndpoints().MapTimeTravelEndpoints().MapNodeHistoryEndpoints().MapTokenEndpoints();
        return endpoints;
    }

    private static async Task<Ok<List<SourceView>>> SourcesAsync(
        ControlPlaneSettings settings, SourceLeadership leadership, IQuerySession session, CancellationToken cancellationToken)
    {
        var views = new List<SourceView>();
        foreach (var source in settings.Sources)
        {
            var status = await GatewayQueries.SourceStatusAsync(session, source.Name, cancellationToken);
            views.Add(new SourceView
            {
                Name = source.Name,
                Repository = source.Definition.Repository,
                Branch = source.Definition.Branch,
                Folder = source.Definition.Folder,
                PollInterval = source.Definition.PollInterval,
                LeadingHere = leadership.IsLeading(source.Name),
                LastSeenTip = status.LastSeenTip,
                LastFetchedAt = status.LastFetchedAt,
                LastIngestedSha = status.LastIngestedSha,
                LastIngestedAt = status.LastIngestedAt,
                IngestedCount = status.IngestedCount,
                LastVersionNumber = status.LastVersionNumber,
                LastError = status.LastError,
                FailedCommits = status.FailedCommits,
                FailedCount = status.FailedCount,
                InSync = status.InSync,
                Rejections = (await GatewayQueries.RejectionsAsync(session, source.Name, cancellationToken)).Items.Count,
            });
        }

        return TypedResults.Ok(views);
    }

    private static async Task<Results<Accepted<SyncSource>, NotFound<string>, ProblemHttpResult>> SyncAsync(
        string name, HttpContext context, ControlPlaneSettings settings, IQuerySession session, IMessageBus bus, CancellationToken cancellationToken)
    {
        if (settings.FindSource(name) is null)
        {
            return TypedResults.NotFound($"No source named '{name}' is configured.");
        }

        if (await CommandEndpoints.ScopeRefusalAsync(context, settings, session, name, version: null, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var command = new SyncSource(name);
        await bus.SendAsync(command);
        return TypedResults.Accepted($"/api/v1/sources", command);
    }

    private static async Task<Results<Ok<VersionPage>, BadRequest<string>>> VersionsAsync(
        IQuerySession session, CancellationToken cancellationToken, int page = 1, int pageSize = 50)
    {
        if (page < 1 || pageSize < 1 || pageSize > MaxPageSize)
        {
            return TypedResults.BadRequest($"page must be 1 or more and pageSize between 1 and {MaxPageSize}.");
        }

        var items = await GatewayQueries.VersionsAsync(session, page, pageSize, cancellationToken);
        return TypedResults.Ok(new VersionPage(page, pageSize, items));
    }

    private static async Task<Results<Ok<VersionView>, NotFound<string>>> VersionAsync(
        long number, IQuerySession session, CancellationToken cancellationToken)
    {
        var version = await GatewayQueries.VersionAsync(session, number, cancellationToken);
        return version is null
            ? TypedResults.NotFound($"There is no version {number}.")
            : TypedResults.Ok(VersionView.From(version, await CommitLookup.FindAsync(session, version.Provenance, cancellationToken)));
    }

    /// <param name="gateway">"namespace/name" for one Gateway's version; omitted for the newest version overall.</param>
    private static async Task<Results<Ok<ActiveVersionView>, NotFound<string>>> ActiveAsync(
        IQuerySession session, CancellationToken cancellationToken, string? gateway = null)
    {
        var active = await GatewayQueries.ActiveVersionAsync(session, gateway, cancellationToken);
        var version = active is null ? null : await GatewayQueries.VersionAsync(session, active.VersionNumber, cancellationToken);
        if (active is null || version is null)
        {
            return TypedResults.NotFound(gateway is null ? "No version has been published yet." : $"No version serves Gateway {gateway}.");
        }

        var commit = await CommitLookup.FindAsync(session, version.Provenance, cancellationToken);
        return TypedResults.Ok(new ActiveVersionView(active.Gateway, active.ActivatedAt, VersionView.From(version, commit)));
    }

    private static async Task<Ok<List<ResourceView>>> ResourcesAsync(
        HttpContext context, ControlPlaneSettings settings, IQuerySession session, NodeListingQuery nodes, CancellationToken cancellationToken,
        string? kind = null, string? @namespace = null, string? source = null)
    {
        var secretDetails = RolePermissions.Grants(context.User, Permission.ReadSecretDetails);
        var listing = await nodes.ListAsync(cancellationToken);
        var views = new List<ResourceView>();
        foreach (var watched in settings.Sources.Where(watched => source is null || watched.Name == source))
        {
            var resources = await GatewayQueries.ResourcesAsync(session, watched.Name, cancellationToken);
            views.AddRange(resources
                .Where(item => kind is null || string.Equals(item.Resource.Kind, kind, StringComparison.OrdinalIgnoreCase))
                .Where(item => @namespace is null || string.Equals(item.Resource.Namespace, @namespace, StringComparison.Ordinal))
                .Select(item => new ResourceView
                {
                    Source = item.Resource.Source,
                    Kind = item.Resource.Kind,
                    Namespace = item.Resource.Namespace,
                    Name = item.Resource.Name,
                    Generation = item.Resource.Generation,
                    CreatedAt = item.Resource.CreatedAt,
                    UpdatedAt = item.Resource.UpdatedAt,
                    CommitSha = item.Resource.CommitSha,
                    File = item.Resource.File,
                    Line = item.Resource.Line,
                    Manifest = secretDetails || item.Resource.Kind != SecretIdentity.Kind
                        ? VersionView.Parse(item.Resource.Manifest)
                        : SecretIdentity.Manifest(item.Resource.Namespace, item.Resource.Name),
                    VersionNumber = item.VersionNumber,
                    Status = item.StatusJson is null || item.VersionNumber is not { } version ? null : VersionView.Parse(
                        GatewayProgrammedCondition.Apply(item.Resource.Kind, item.Resource.Namespace, item.Resource.Name, item.StatusJson, item.ServedVersionNumber ?? version, listing)),
                }));
        }

        return TypedResults.Ok(views);
    }
}
