using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace GitOpsGateway.Events.Projections;

/// <summary>
/// Keeps a <see cref="RouteTableVersion"/> per published version, the <see cref="ActiveVersion"/> of each
/// Gateway and overall, and each source's <see cref="VersionPin"/>. A published version is activated unless its
/// source is pinned to another one; a pin activates the pinned version, and an unpin the source's newest.
/// Versions published in the same batch are read from the batch, since the session has not stored them yet.
/// </summary>
internal sealed class VersionProjection : IProjection
{
    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var batch = new VersionBatch(operations);
        foreach (var @event in events)
        {
            if (@event.Data is RouteTableVersionPublished published)
            {
                batch.Add(ToDocument(published, @event.Timestamp));
            }
        }

        foreach (var @event in events)
        {
            switch (@event.Data)
            {
                case RouteTableVersionPublished published:
                    var pin = await batch.PinAsync(published.Provenance.Source, cancellation);
                    operations.Store(batch.Find(published.Number)!);
                    if (pin is null || pin.Version == published.Number)
                    {
                        await ActivateAsync(operations, batch.Find(published.Number)!, @event.Timestamp, cancellation);
                    }

                    break;
                case VersionPinned pinned when pinned.Gateway is null:
                    batch.SetPin(pinned.Source, new VersionPin
                    {
                        Id = pinned.Source,
                        Version = pinned.Version,
                        CommandId = pinned.CommandId,
                        Actor = pinned.Actor,
                        Reason = pinned.Reason,
                        PinnedAt = @event.Timestamp,
                    });
                    if (await batch.LoadAsync(pinned.Version, cancellation) is { } version)
                    {
                        await ActivateAsync(operations, version, @event.Timestamp, cancellation);
                    }

                    break;
                case VersionUnpinned unpinned when unpinned.Gateway is null:
                    batch.SetPin(unpinned.Source, null);
                    if (await batch.NewestAsync(unpinned.Source, cancellation) is { } newest)
                    {
                        await ActivateAsync(operations, newest, @event.Timestamp, cancellation);
                    }

                    break;
            }
        }
    }

    private static RouteTableVersion ToDocument(RouteTableVersionPublished published, DateTimeOffset at) => new()
    {
        Id = published.Number,
        Hash = published.Hash,
        Provenance = published.Provenance,
        CreatedAt = at,
        Tables = published.Tables,
        Statuses = published.Statuses,
        Diagnostics = published.Diagnostics,
    };

    private static async Task ActivateAsync(IDocumentOperations operations, RouteTableVersion version, DateTimeOffset at, CancellationToken cancellation)
    {
        var source = version.Provenance.Source;
        var previous = await operations.Query<ActiveVersion>()
            .Where(active => active.Source == source && active.Gateway != null)
            .ToListAsync(cancellation);
        foreach (var removed in previous.Where(active => active.Hash is not null && version.Tables.All(table => table.Gateway != active.Gateway)))
        {
            operations.Store(removed with { VersionNumber = version.Id, Hash = null, ActivatedAt = at });
        }

        foreach (var table in version.Tables)
        {
            operations.Store(new ActiveVersion
            {
                Id = ActiveVersion.IdFor(table.Gateway),
                Gateway = table.Gateway,
                Source = source,
                VersionNumber = version.Id,
                Hash = table.Hash,
                ActivatedAt = at,
            });
        }

        operations.Store(new ActiveVersion
        {
            Id = ActiveVersion.OverallId,
            Source = source,
            VersionNumber = version.Id,
            Hash = version.Hash,
            ActivatedAt = at,
        });
    }
}
