using GitOpsGateway.Audit.Versions;
using GitOpsGateway.Events.Projections;
using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Diffing;
using GitOpsGateway.RouteTables.Serialization;
using Marten;

namespace GitOpsGateway.Audit.Queries;

public static partial class AuditQueries
{
    /// <summary>
    /// The route-level changes between two versions (rules, matches, filters, backends and weights, listeners,
    /// clusters, L4 routes), for every Gateway of either version or changed between them, or only
    /// <paramref name="gateway"/>. A Gateway a version does not hold (another source's, or removed) is compared as
    /// it stood at that version number.
    /// </summary>
    /// <returns>Null when either version does not exist.</returns>
    public static async Task<VersionDiff?> VersionDiffAsync(
        IQuerySession session, long from, long to, string? gateway, PageRequest? page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        page ??= PageRequest.First;
        page.Validate();

        var versions = await session.LoadManyAsync<RouteTableVersion>(cancellationToken, from, to);
        var before = versions.FirstOrDefault(version => version.Id == from);
        var after = versions.FirstOrDefault(version => version.Id == to);
        if (before is null || after is null)
        {
            return null;
        }

        var low = Math.Min(from, to);
        var high = Math.Max(from, to);
        var changedBetween = await session.Query<GatewayTableRecord>()
            .Where(record => record.VersionNumber > low && record.VersionNumber <= high)
            .Select(record => record.Gateway)
            .Distinct()
            .ToListAsync(cancellationToken);
        var gateways = before.Tables.Concat(after.Tables)
            .Select(table => table.Gateway)
            .Concat(changedBetween)
            .Where(name => gateway is null || string.Equals(name, gateway, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

        var comparisons = new List<GatewayComparison>();
        var changes = new List<GatewayChange>();
        foreach (var name in gateways)
        {
            var old = await TableAsOfAsync(session, before, name, cancellationToken);
            var current = await TableAsOfAsync(session, after, name, cancellationToken);
            var gatewayChanges = RouteTableDiff.Compare(old?.Table, current?.Table);
            comparisons.Add(new GatewayComparison
            {
                Gateway = name,
                FromTableVersion = old?.Version,
                FromHash = old?.Hash,
                ToTableVersion = current?.Version,
                ToHash = current?.Hash,
                Changes = gatewayChanges.Count,
            });
            changes.AddRange(gatewayChanges.Select(change => new GatewayChange
            {
                Gateway = name,
                Kind = change.Kind,
                Subject = change.Subject,
                Key = change.Key,
                Description = change.Description,
            }));
        }

        if (page.NewestFirst)
        {
            changes.Reverse();
        }

        return new VersionDiff
        {
            From = Ref(before),
            To = Ref(after),
            Gateways = comparisons,
            Changes = Page<GatewayChange>.From([.. changes.Skip(page.Skip).Take(page.Size + 1)], page),
        };
    }

    private static VersionRef Ref(RouteTableVersion version) => new(version.Id, version.Hash, version.Provenance, version.CreatedAt);

    private static async Task<TableAtVersion?> TableAsOfAsync(
        IQuerySession session, RouteTableVersion version, string gateway, CancellationToken cancellationToken)
    {
        var table = version.Tables.FirstOrDefault(candidate => candidate.Gateway == gateway);
        var holder = version;
        if (table is null)
        {
            var number = version.Id;
            var latest = await session.Query<GatewayTableRecord>()
                .Where(record => record.Gateway == gateway && record.VersionNumber <= number)
                .OrderByDescending(record => record.VersionNumber)
                .FirstOrDefaultAsync(cancellationToken);
            if (latest?.Hash is null)
            {
                return null;
            }

            holder = await session.LoadAsync<RouteTableVersion>(latest.VersionNumber, cancellationToken);
            table = holder?.Tables.FirstOrDefault(candidate => candidate.Gateway == gateway);
            if (holder is null || table is null)
            {
                return null;
            }
        }

        return new TableAtVersion(holder.Id, table.Hash, RouteTableSerializer.FromJson(table.Json));
    }

    private sealed record TableAtVersion(long Version, string Hash, RouteTable Table);
}
