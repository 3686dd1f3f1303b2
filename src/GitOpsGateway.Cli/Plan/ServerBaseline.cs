using System.Globalization;
using GitOpsGateway.Cli.Commands;
using GitOpsGateway.GatewayApi;
using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Serialization;

namespace GitOpsGateway.Cli.Plan;

/// <summary>
/// What a plan compares against: the route tables of the source's active version (none when the source has no
/// version yet), and when the control plane first saw each of the source's objects. A version is compiled from
/// one source's objects only, so these tables are exactly what the source's manifests can change.
/// </summary>
internal sealed record ServerBaseline(
    long? VersionNumber,
    string? CommitSha,
    bool Pinned,
    IReadOnlyList<RouteTable> Tables,
    IReadOnlyDictionary<ResourceKey, DateTimeOffset> CreatedAt)
{
    public static async Task<ServerBaseline> FetchAsync(AdminClient client, PlanSource source, CancellationToken cancellationToken)
    {
        var status = await client.GetAsync("/api/v1/status", cancellationToken);
        var sourceStatus = ServerCall.Items(status["sources"]!).FirstOrDefault(item => (string?)item["name"] == source.Name);
        var active = (long?)sourceStatus?["activeVersion"];
        var pinned = sourceStatus?["pin"] is not null;
        var resources = await client.GetAsync("/api/v1/resources" + ServerCall.Query(("source", source.Name)), cancellationToken);
        var createdAt = new Dictionary<ResourceKey, DateTimeOffset>();
        foreach (var resource in ServerCall.Items(resources))
        {
            if (ResourceKinds.TryParse((string)resource["kind"]!, out var kind))
            {
                var key = new ResourceKey(kind, (string?)resource["namespace"] ?? string.Empty, (string)resource["name"]!);
                createdAt[key] = DateTimeOffset.Parse((string)resource["createdAt"]!, CultureInfo.InvariantCulture);
            }
        }

        if (active is not { } number)
        {
            return new ServerBaseline(null, null, pinned, [], createdAt);
        }

        var version = await client.GetAsync(string.Create(CultureInfo.InvariantCulture, $"/api/v1/versions/{number}"), cancellationToken);
        var tables = ServerCall.Items(version["tables"]!)
            .Select(table => RouteTableSerializer.FromJson(table["table"]!.ToJsonString()))
            .ToList();
        return new ServerBaseline(number, (string?)version["commit"]?["sha"] ?? (string?)version["provenance"]?["commitSha"], pinned, tables, createdAt);
    }
}
