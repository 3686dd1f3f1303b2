using System.Globalization;
using GitOpsGateway.Audit.Maintenance;
using GitOpsGateway.Events;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace GitOpsGateway.Audit.Journal;

/// <summary>
/// Keeps a <see cref="CommandJournalEntry"/> per rollback, pin, unpin, secret masking and API token change (whose
/// source is empty: they concern the whole database), from whatever stream the commands append
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
                RollbackRequested rollback => Entry(@event, CommandKind.Rollback, rollback.CommandId, rollback.Source, rollback.Gateway, rollback.Actor, rollback.Reason, rollback.Caller) with
                {
                    Target = rollback.Target.ToString(),
                    TargetVersion = rollback.Target.Version,
                    TargetCommit = rollback.Target.CommitSha,
                    TargetTime = rollback.Target.PointInTime,
                },
                VersionPinned pin => Entry(@event, CommandKind.Pin, pin.CommandId, pin.Source, pin.Gateway, pin.Actor, pin.Reason, pin.Caller) with
                {
                    Target = string.Create(CultureInfo.InvariantCulture, $"version {pin.Version}"),
                    TargetVersion = pin.Version,
                },
                SecretMasked masked => Entry(@event, CommandKind.MaskSecret, masked.CommandId, string.Empty, null, masked.Actor, masked.Reason, null) with
                {
                    Target = string.Join(", ", masked.ValueSha256.Select(hash => $"sha256:{hash}")),
                    EventsRewritten = masked.EventsRewritten,
                    DocumentsRewritten = masked.DocumentsRewritten,
                },
                VersionUnpinned unpin => Entry(@event, CommandKind.Unpin, unpin.CommandId, unpin.Source, unpin.Gateway, unpin.Actor, unpin.Reason, unpin.Caller),
                ApiTokenCreated created => Entry(@event, CommandKind.TokenCreated, created.CommandId, string.Empty, null, created.Actor, "created", created.Caller) with
                {
                    Target = string.Create(
                        CultureInfo.InvariantCulture, $"token {created.Name} ({string.Join(", ", created.Scopes.Prepend(created.Role))}, expires {created.ExpiresAt:O})"),
                },
                ApiTokenRevoked revoked => Entry(@event, CommandKind.TokenRevoked, revoked.CommandId, string.Empty, null, revoked.Actor, "revoked", revoked.Caller) with
                {
                    Target = "token " + revoked.Name,
                },
                ApiTokenRotated rotated => Entry(@event, CommandKind.TokenRotated, rotated.CommandId, string.Empty, null, rotated.Actor, "rotated", rotated.Caller) with
                {
                    Target = string.Create(CultureInfo.InvariantCulture, $"token {rotated.Name} (expires {rotated.ExpiresAt:O})"),
                },
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

    private static CommandJournalEntry Entry(
        IEvent @event, CommandKind kind, string id, string source, string? gateway, string actor, string reason, CommandCaller? caller) => new()
    {
        Id = id,
        Kind = kind,
        Source = source,
        Gateway = gateway,
        Actor = actor,
        Subject = caller?.Subject,
        Issuer = caller?.Issuer,
        OnBehalfOf = caller?.OnBehalfOf,
        Reason = reason,
        At = @event.Timestamp,
        Sequence = @event.Sequence,
    };

    private static async Task<CommandJournalEntry?> FindAsync(
        IDocumentOperations operations, Dictionary<string, CommandJournalEntry> entries, string id, CancellationToken cancellation) =>
        entries.GetValueOrDefault(id) ?? await operations.LoadAsync<CommandJournalEntry>(id, cancellation);
}
