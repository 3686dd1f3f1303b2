using GitOpsGateway.Audit.Versions;
using GitOpsGateway.Events;
using GitOpsGateway.Events.Storage;
using GitOpsGateway.RouteTables.Serialization;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace GitOpsGateway.Audit.References;

/// <summary>
/// On each published version: compares its tables' facts with the source's previous version and writes a
/// <see cref="ReferenceChangeRecord"/> per difference (served view), and a <see cref="GatewayTableRecord"/> per
/// Gateway whose table changed, appeared or disappeared.
/// </summary>
internal sealed class ServedReferenceProjection : IProjection
{
    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var states = new Dictionary<string, ServedReferenceState?>(StringComparer.Ordinal);
        foreach (var @event in events)
        {
            if (@event.Data is not RouteTableVersionPublished published)
            {
                continue;
            }

            var source = published.Provenance.Source;
            if (!states.TryGetValue(source, out var previous))
            {
                previous = await operations.LoadAsync<ServedReferenceState>(source, cancellation);
            }

            var next = new ServedReferenceState
            {
                Id = source,
                VersionNumber = published.Number,
                TableHashes = published.Tables.ToDictionary(table => table.Gateway, table => table.Hash, StringComparer.Ordinal),
                Facts = published.Tables.SelectMany(table => ServedReferences.From(RouteTableSerializer.FromJson(table.Json))).ToList(),
            };
            var origin = new ReferenceRowOrigin
            {
                Source = source,
                Sequence = @event.Sequence,
                RecordedAt = @event.Timestamp,
                CommitSha = published.Provenance.CommitSha,
                Author = @event.GetHeader(ProvenanceHeaders.Author)?.ToString(),
                VersionNumber = published.Number,
                Provenance = published.Provenance.Description,
            };
            StoreAll(operations, ReferenceChangeRecord.For(ReferenceView.Served, ReferenceFactDiff.Compare(previous?.Facts ?? [], next.Facts), origin));
            StoreAll(operations, TableChanges(previous, next, source));
            operations.Store(next);
            states[source] = next;
        }
    }

    private static void StoreAll<T>(IDocumentOperations operations, IEnumerable<T> documents)
        where T : notnull
    {
        var all = documents.ToArray();
        if (all.Length > 0)
        {
            operations.Store(all);
        }
    }

    private static IEnumerable<GatewayTableRecord> TableChanges(ServedReferenceState? previous, ServedReferenceState next, string source)
    {
        var before = previous?.TableHashes ?? new Dictionary<string, string>();
        foreach (var gateway in before.Keys.Union(next.TableHashes.Keys).Order(StringComparer.Ordinal))
        {
            var hash = next.TableHashes.GetValueOrDefault(gateway);
            if (!string.Equals(before.GetValueOrDefault(gateway), hash, StringComparison.Ordinal))
            {
                yield return new GatewayTableRecord
                {
                    Id = $"{gateway}@{next.VersionNumber}",
                    Gateway = gateway,
                    VersionNumber = next.VersionNumber,
                    Hash = hash,
                    Source = source,
                };
            }
        }
    }
}
