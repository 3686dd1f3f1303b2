using System.Globalization;
using GitOpsGateway.Audit.Maintenance;
using GitOpsGateway.Events;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace GitOpsGateway.Audit.Journal;

/// <summary>
/// Keeps a <see cref="CommandJournalEntry"/> per rollback, pin, unpin and secret masking (whose source is empty: it
/// concerns the whole database), from whatever stream the commands append
/// to, and links a rollback to the version whose provenance names its command id.
/// </summary>
internal sealed class CommandJournalProjection : IProjection
{
    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var entries = new Dictionary<string, CommandJournalEntry>(StringComparer.Ordinal);
        foreach (var @event in events)
        {
            var entry = @event.Data switch
            {
                RollbackRequested rollback => Entry(@event, CommandKind.Rollback, rollback.CommandId, rollback.Source, rollback.Gateway, rollback.Actor, rollback.Reason) with
                {
                    Target = rollback.Target.ToString(),
                    TargetVersion = rollback.Target.Version,
                    TargetCommit = rollback.Target.CommitSha,
                    TargetTime = rollback.Target.PointInTime,
                },
                VersionPinned pin => Entry(@event, CommandKind.Pin, pin.CommandId, pin.Source, pin.Gateway, pin.Actor, pin.Reason) with
                {
                    Target = string.Create(CultureInfo.InvariantCulture, $"version {pin.Version}"),
                    TargetVersion = pin.Version,
                },
                SecretMasked masked => Entry(@event, CommandKind.MaskSecret, masked.CommandId, string.Empty, null, masked.Actor, masked.Reason) with
                {
                    Target = string.Join(", ", masked.ValueSha256.Select(hash => $"sha256:{hash}")),
                    EventsRewritten = masked.EventsRewritten,
                    DocumentsRewritten = masked.DocumentsRewritten,
                },
                VersionUnpinned unpin => Entry(@event, CommandKind.Unpin, unpin.CommandId, unpin.Source, unpin.Gateway, unpin.Actor, unpin.Reason),
                RouteTableVersionPublished { Provenance.CommandId: { } command } published =>
                    await FindAsync(operations, entries, command, cancellation) is { } requested
                        ? requested with { ResultingVersion = published.Number }
                        : null,
                _ => null,
            };

            if (entry is not null)
            {
                entries[entry.Id] = entry;
                operations.Store(entry);
            }
        }
    }

    private static CommandJournalEntry Entry(IEvent @event, CommandKind kind, string id, string source, string? gateway, string actor, string reason) => new()
    {
        Id = id,
        Kind = kind,
        Source = source,
        Gateway = gateway,
        Actor = actor,
        Reason = reason,
        At = @event.Timestamp,
        Sequence = @event.Sequence,
    };

    private static async Task<CommandJournalEntry?> FindAsync(
        IDocumentOperations operations, Dictionary<string, CommandJournalEntry> entries, string id, CancellationToken cancellation) =>
        entries.GetValueOrDefault(id) ?? await operations.LoadAsync<CommandJournalEntry>(id, cancellation);
}
