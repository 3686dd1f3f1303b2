using GitOpsGateway.Audit.Versions;
using GitOpsGateway.Events;
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
    /// it stood at that version number. Four round trips whatever the number of Gateways.
    /// </summary>
    /// <returns>Null when either version does not exist.</returns>
    public static async Task<VersionDiff?> VersionDiffAsync(
        IQuerySession session, long from, long to, string? gateway, PageRequest? page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        page ??= PageRequest.First;
        page.Validate();

        var versions = (await session.LoadManyAsync<RouteTableVersion>(cancellationToken, from, to)).ToDictionary(version => version.Id);
        if (!versions.TryGetValue(from, out var before) || !versions.TryGetValue(to, out var after))
        {
            return null;
        }

        var gateways = await GatewaysToCompareAsync(session, before, after, gateway, cancellationToken);
        var tables = await TablesAsOfAsync(session, [before, after], gateways, versions, cancellationToken);
        var comparisons = new List<GatewayComparison>();
        var changes = new List<GatewayChange>();
        foreach (var name in gateways)
        {
            var old = tables.GetValueOrDefault((before.Id, name));
            var current = tables.GetValueOrDefault((after.Id, name));
            // Equal hashes are equal tables: nothing to parse or compare.
            var gatewayChanges = string.Equals(old?.Hash, current?.Hash, StringComparison.Ordinal)
                ? []
                : RouteTableDiff.Compare(old?.Table(), current?.Table());
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

    /// <summary>The Gateways of either version, and those whose table changed, appeared or went in between.</summary>
    private static async Task<List<string>> GatewaysToCompareAsync(
        IQuerySession session, RouteTableVersion before, RouteTableVersion after, string? gateway, CancellationToken cancellationToken)
    {
        var low = Math.Min(before.Id, after.Id);
        var high = Math.Max(before.Id, after.Id);
        var changedBetween = await session.Query<GatewayTableRecord>()
            .Where(record => record.VersionNumber > low && record.VersionNumber <= high)
            .Select(record => record.Gateway)
            .Distinct()
            .ToListAsync(cancellationToken);
        return before.Tables.Concat(after.Tables)
            .Select(table => table.Gateway)
            .Concat(changedBetween)
            .Where(name => gateway is null || string.Equals(name, gateway, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Each Gateway's table as of each version: from the version itself when it holds the Gateway, otherwise from
    /// the latest <see cref="GatewayTableRecord"/> at or below its number (one batched round trip for all of them,
    /// one more to read the tables of the versions those records name). Absent when the Gateway did not exist then.
    /// </summary>
    private static async Task<Dictionary<(long Version, string Gateway), TableAtVersion>> TablesAsOfAsync(
        IQuerySession session,
        IReadOnlyList<RouteTableVersion> asOf,
        IReadOnlyList<string> gateways,
        IReadOnlyDictionary<long, RouteTableVersion> loaded,
        CancellationToken cancellationToken)
    {
        var tables = new Dictionary<(long Version, string Gateway), TableAtVersion>();
        var lookups = new Dictionary<(long Version, string Gateway), Task<GatewayTableRecord?>>();
        var batch = session.CreateBatchQuery();
        foreach (var version in asOf.DistinctBy(version => version.Id))
        {
            foreach (var gateway in gateways)
            {
                if (version.Tables.FirstOrDefault(table => table.Gateway == gateway) is { } table)
                {
                    tables[(version.Id, gateway)] = new TableAtVersion(version.Id, table.Hash, table.Json);
                    continue;
                }

                var number = version.Id;
                lookups[(version.Id, gateway)] = batch.Query<GatewayTableRecord>()
                    .Where(record => record.Gateway == gateway && record.VersionNumber <= number)
                    .OrderByDescending(record => record.VersionNumber)
                    .FirstOrDefault();
            }
        }

        if (lookups.Count == 0)
        {
            return tables;
        }

        await batch.Execute(cancellationToken);
        var records = new Dictionary<(long Version, string Gateway), GatewayTableRecord>();
        foreach (var (key, lookup) in lookups)
        {
            if (await lookup is { Hash: not null } record)
            {
                records[key] = record;
            }
        }

        // Only the tables of those versions: their statuses and diagnostics can weigh as much again.
        var missing = records.Values.Select(record => record.VersionNumber).Where(number => !loaded.ContainsKey(number)).Distinct().ToList();
        var held = loaded.Values.ToDictionary(version => version.Id, version => version.Tables);
        if (missing.Count > 0)
        {
            var found = await session.Query<RouteTableVersion>()
                .Where(version => missing.Contains(version.Id))
                .Select(version => new VersionTables { Id = version.Id, Tables = version.Tables })
                .ToListAsync(cancellationToken);
            foreach (var version in found)
            {
                held[version.Id] = version.Tables;
            }
        }

        foreach (var (key, record) in records)
        {
            if (held.TryGetValue(record.VersionNumber, out var holder) && holder.FirstOrDefault(table => table.Gateway == key.Gateway) is { } table)
            {
                tables[key] = new TableAtVersion(record.VersionNumber, table.Hash, table.Json);
            }
        }

        return tables;
    }

    private sealed class VersionTables
    {
        public long Id { get; set; }

        public IReadOnlyList<PublishedTable> Tables { get; set; } = [];
    }

    private sealed record TableAtVersion(long Version, string Hash, string Json)
    {
        public RouteTable Table() => RouteTableSerializer.FromJson(Json);
    }
}
