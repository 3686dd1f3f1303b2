using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace GitOpsGateway.Events.Projections;

/// <summary>
/// Keeps a <see cref="RouteTableVersion"/> per published version, and the <see cref="ActiveVersion"/> of each
/// Gateway and overall. Every published version is activated; pinning, when it comes, will hold this back.
/// </summary>
internal sealed class VersionProjection : IProjection
{
    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        foreach (var @event in events)
        {
            if (@event.Data is not RouteTableVersionPublished published)
            {
                continue;
            }

            operations.Store(new RouteTableVersion
            {
                Id = published.Number,
                Hash = published.Hash,
                Provenance = published.Provenance,
                CreatedAt = @event.Timestamp,
                Tables = published.Tables,
                Statuses = published.Statuses,
                Diagnostics = published.Diagnostics,
            });
            await ActivateAsync(operations, published, @event.Timestamp, cancellation);
        }
    }

    private static async Task ActivateAsync(
        IDocumentOperations operations, RouteTableVersionPublished published, DateTimeOffset at, CancellationToken cancellation)
    {
        var source = published.Provenance.Source;
        var previous = await operations.Query<ActiveVersion>()
            .Where(active => active.Source == source && active.Gateway != null)
            .ToListAsync(cancellation);
        foreach (var removed in previous.Where(active => active.Hash is not null && published.Tables.All(table => table.Gateway != active.Gateway)))
        {
            operations.Store(removed with { VersionNumber = published.Number, Hash = null, ActivatedAt = at });
        }

        foreach (var table in published.Tables)
        {
            operations.Store(new ActiveVersion
            {
                Id = ActiveVersion.IdFor(table.Gateway),
                Gateway = table.Gateway,
                Source = source,
                VersionNumber = published.Number,
                Hash = table.Hash,
                ActivatedAt = at,
            });
        }

        operations.Store(new ActiveVersion
        {
            Id = ActiveVersion.OverallId,
            Source = source,
            VersionNumber = published.Number,
            Hash = published.Hash,
            ActivatedAt = at,
        });
    }
}
