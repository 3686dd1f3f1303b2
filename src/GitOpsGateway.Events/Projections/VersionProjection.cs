using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace GitOpsGateway.Events.Projections;

/// <summary>
/// Keeps a <see cref="RouteTableVersion"/> per published version, the <see cref="ActiveVersion"/> of each
/// Gateway and overall, and each source's <see cref="VersionPin"/>. A published version is activated unless its
/// source is pinned to another one; a pin activates the pinned version, and an unpin the source's newest, or the
/// version it publishes right after itself (<see cref="VersionUnpinned.HeadVersion"/>), which then activates as the
/// unpin's doing whichever batch it lands in. Each
/// activation is also kept as a <see cref="VersionActivation"/>, the history that time travel reads.
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
                    batch.Reached(published.Number);
                    var pin = await batch.PinAsync(published.Provenance.Source, cancellation);
                    operations.Store(batch.Find(published.Number)!);
                    if (pin is null || pin.Version == published.Number)
                    {
                        // A rollback publishes the version its pin names: the pin is why it is active. A command
                        // publishing while unpinned is an unpin restoring the head.
                        var (cause, commandId) = pin is not null ? (ActivationCause.Pinned, pin.CommandId)
                            : published.Provenance.CommandId is { } unpin ? (ActivationCause.Unpinned, unpin)
                            : (ActivationCause.Published, null);
                        await ActivateAsync(operations, batch, batch.Find(published.Number)!, @event, cause, commandId, cancellation);
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
                        await ActivateAsync(operations, batch, version, @event, ActivationCause.Pinned, pinned.CommandId, cancellation);
                    }

                    break;
                case VersionUnpinned unpinned when unpinned.Gateway is null:
                    batch.SetPin(unpinned.Source, null);
                    if (unpinned.HeadVersion is null && await batch.NewestAsync(unpinned.Source, cancellation) is { } newest)
                    {
                        await ActivateAsync(operations, batch, newest, @event, ActivationCause.Unpinned, unpinned.CommandId, cancellation);
                    }

                    break;
            }
        }
    }

    private static RouteTableVersion ToDocument(RouteTableVersionPublished published, DateTimeOffset at) => new()
    {
        Id = published.Number,
        Hash = published.Hash,
        StatusHash = published.StatusHash,
        Provenance = published.Provenance,
        CreatedAt = at,
        Tables = published.Tables,
        Statuses = published.Statuses,
        Diagnostics = published.Diagnostics,
    };

    private static async Task ActivateAsync(
        IDocumentOperations operations, VersionBatch batch, RouteTableVersion version, IEvent cause, ActivationCause kind, string? commandId, CancellationToken cancellation)
    {
        var source = version.Provenance.Source;
        var at = cause.Timestamp;
        var gateways = await batch.ActiveGatewaysAsync(source, cancellation);
        foreach (var removed in gateways.Values.Where(active => active.Hash is not null && version.Tables.All(table => table.Gateway != active.Gateway)).ToList())
        {
            gateways[removed.Gateway!] = removed with { VersionNumber = version.Id, Hash = null, ActivatedAt = at };
            operations.Store(gateways[removed.Gateway!]);
        }

        foreach (var table in version.Tables)
        {
            if (kind == ActivationCause.Published
                && gateways.TryGetValue(table.Gateway, out var serving)
                && string.Equals(serving.Hash, table.Hash, StringComparison.Ordinal))
            {
                // A new version whose table for this Gateway is the one already served (only statuses changed, or
                // another Gateway's table): its nodes keep running what they run, nothing is swapped or resent.
                continue;
            }

            gateways[table.Gateway] = new ActiveVersion
            {
                Id = ActiveVersion.IdFor(table.Gateway),
                Gateway = table.Gateway,
                Source = source,
                VersionNumber = version.Id,
                Hash = table.Hash,
                ActivatedAt = at,
            };
            operations.Store(gateways[table.Gateway]);
        }

        operations.Store(new ActiveVersion
        {
            Id = ActiveVersion.OverallId,
            Source = source,
            VersionNumber = version.Id,
            Hash = version.Hash,
            ActivatedAt = at,
        });
        operations.Store(new VersionActivation
        {
            Id = cause.Sequence,
            Source = source,
            VersionNumber = version.Id,
            Hash = version.Hash,
            ActivatedAt = at,
            Cause = kind,
            CommandId = commandId,
        });
    }
}
