using System.Globalization;
using GitOpsGateway.ControlPlane.Configuration;
using GitOpsGateway.Events;
using GitOpsGateway.Events.Projections;
using GitOpsGateway.Events.Storage;
using GitOpsGateway.Events.Versions;
using GitOpsGateway.Translation;
using Marten;

namespace GitOpsGateway.ControlPlane.Commands;

/// <summary>
/// Rollback, pin and unpin: each appends its events to the given session (the handler's transaction saves them).
/// The command's event goes on the source's stream at the version the source state expects, so a commit ingested
/// meanwhile makes one of the two fail instead of interleaving. No Git access: everything comes from the store.
/// </summary>
public sealed partial class VersionCommands(ControlPlaneSettings settings, TimeProvider? clock = null)
{
    private readonly TimeProvider clock = clock ?? TimeProvider.System;
    private readonly TranslatorOptions translatorOptions = settings.TranslatorOptions;
    private readonly VersionPublisher publisher = new(settings.TranslatorOptions);

    public async Task<VersionCommandOutcome> PinAsync(IDocumentSession session, PinVersion command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(command);
        var named = command.Version is { } number ? await session.LoadAsync<RouteTableVersion>(number, cancellationToken) : null;
        if (command.Version is not null && named is null)
        {
            return VersionCommandOutcome.Failed(VersionCommandStatus.NotFound, $"There is no version {command.Version}.");
        }

        var (source, error) = ResolveSource(named?.Provenance.Source ?? command.Source);
        if (source is null)
        {
            return error!;
        }

        var version = named?.Id ?? await ActiveVersionOfAsync(session, source, cancellationToken);
        if (version is null)
        {
            return VersionCommandOutcome.Failed(VersionCommandStatus.NotFound, $"Source '{source}' has no version to pin yet.");
        }

        var commandId = NewCommandId();
        var actor = command.Caller.Describe();
        var state = await session.LoadAsync<SourceState>(source, cancellationToken) ?? SourceState.Empty(source);
        Append(session, state, await MetadataAsync(session, source, actor, commandId, cancellationToken), new VersionPinned
        {
            CommandId = commandId,
            Source = source,
            Version = version.Value,
            Actor = actor,
            Caller = command.Caller,
            Reason = command.Reason,
        });
        return new VersionCommandOutcome(VersionCommandStatus.Done)
        {
            CommandId = commandId,
            Source = source,
            ActiveVersion = version,
            Description = string.Create(CultureInfo.InvariantCulture, $"pinned at v{version} by {actor}: {command.Reason}"),
        };
    }

    private static async Task<long?> ActiveVersionOfAsync(IQuerySession session, string source, CancellationToken cancellationToken)
    {
        var active = await session.Query<ActiveVersion>()
            .Where(version => version.Source == source)
            .OrderByDescending(version => version.VersionNumber)
            .FirstOrDefaultAsync(cancellationToken);
        return active?.VersionNumber;
    }

    private static void Append(IDocumentSession session, SourceState state, EventProvenance metadata, params object[] events)
    {
        var action = session.Events.Append(EventStreams.ForSource(state.Id), state.StreamVersion + events.Length, events);
        metadata.StampOn(action.Events);
    }

    /// <summary>A new version carrying a stored version's tables, statuses and diagnostics unchanged, as a rollback or an unpin restores them.</summary>
    private static RouteTableVersionPublished AppendRepublished(
        IDocumentSession session, long number, RouteTableVersion restored, VersionProvenance provenance, EventProvenance metadata)
    {
        var published = new RouteTableVersionPublished
        {
            Number = number,
            Hash = restored.Hash,
            Provenance = provenance,
            Tables = restored.Tables,
            Statuses = restored.Statuses,
            Diagnostics = restored.Diagnostics,
        };
        metadata.StampOn(session.Events.Append(EventStreams.RouteTableVersions, number, published).Events);
        return published;
    }

    private static string NewCommandId() => Guid.NewGuid().ToString("n", CultureInfo.InvariantCulture);

    /// <summary>Stamped by <see cref="EventClock"/>: never before the newest stored event, whatever this replica's clock says.</summary>
    private async Task<EventProvenance> MetadataAsync(IDocumentSession session, string source, string actor, string commandId, CancellationToken cancellationToken) => new()
    {
        Source = source,
        Author = actor,
        CorrelationId = commandId,
        CausationId = "command:" + commandId,
        Timestamp = await EventClock.NextAsync(session, clock, cancellationToken),
    };

    private (string? Source, VersionCommandOutcome? Error) ResolveSource(string? requested)
    {
        if (requested is not null)
        {
            return settings.FindSource(requested) is null
                ? (null, VersionCommandOutcome.Failed(VersionCommandStatus.NotFound, $"No source named '{requested}' is configured."))
                : (requested, null);
        }

        return settings.Sources.Count == 1
            ? (settings.Sources[0].Name, null)
            : (null, VersionCommandOutcome.Failed(VersionCommandStatus.Invalid, "Several sources are configured; name the source."));
    }
}
