using System.Globalization;
using GitOpsGateway.Events;
using GitOpsGateway.Events.Ingestion;
using GitOpsGateway.Events.Projections;
using GitOpsGateway.Events.Queries;
using GitOpsGateway.Events.Storage;
using GitOpsGateway.Translation;
using Marten;

namespace GitOpsGateway.ControlPlane.Commands;

public sealed partial class VersionCommands
{
    /// <summary>Publishes version <see cref="RollbackToVersion.Version"/>'s stored tables as a new version, unchanged, and pins there.</summary>
    public async Task<VersionCommandOutcome> RollbackAsync(IDocumentSession session, RollbackToVersion command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(command);
        var restored = await session.LoadAsync<RouteTableVersion>(command.Version, cancellationToken);
        if (restored is null)
        {
            return VersionCommandOutcome.Failed(VersionCommandStatus.NotFound, $"There is no version {command.Version}.");
        }

        var description = Describe($"v{restored.Id}", command.Caller.Describe(), command.Reason);
        return await RepublishAsync(session, restored, new RollbackTarget { Version = command.Version }, command.Caller, command.Reason, description, cancellationToken);
    }

    /// <summary>Rebuilds the objects right after the commit from the event stream, compiles them, publishes and pins.</summary>
    public async Task<VersionCommandOutcome> RollbackAsync(IDocumentSession session, RollbackToCommit command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(command);
        var (source, error) = ResolveSource(command.Source);
        if (source is null)
        {
            return error!;
        }

        var snapshots = await SourceReplay.AfterCommitAsync(session, source, command.CommitSha, cancellationToken);
        if (snapshots is null)
        {
            return VersionCommandOutcome.Failed(VersionCommandStatus.NotFound, $"Commit {command.CommitSha} was never ingested from source '{source}' (give at least {SourceReplay.MinimumShaPrefix} characters).");
        }

        var target = new RollbackTarget { CommitSha = command.CommitSha };
        return await RollbackToStateAsync(session, source, target, command.Caller, command.Reason, snapshots, $"commit {command.CommitSha[..Math.Min(7, command.CommitSha.Length)]}", cancellationToken);
    }

    /// <summary>
    /// Republishes the version the source had active at the point in time (pins and rollbacks in force then
    /// respected, as time travel answers) and pins there.
    /// </summary>
    public async Task<VersionCommandOutcome> RollbackAsync(IDocumentSession session, RollbackToTime command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(command);
        var (source, error) = ResolveSource(command.Source);
        if (source is null)
        {
            return error!;
        }

        var activation = await TimeTravelQueries.ActivationAtAsync(session, command.PointInTime, source, cancellationToken);
        var restored = activation is null ? null : await session.LoadAsync<RouteTableVersion>(activation.VersionNumber, cancellationToken);
        if (restored is null)
        {
            var first = await TimeTravelQueries.FirstActivationAsync(session, source, cancellationToken);
            return VersionCommandOutcome.Failed(VersionCommandStatus.NotFound, first is null
                ? $"Source '{source}' has no version to roll back to."
                : string.Create(CultureInfo.InvariantCulture, $"No version of source '{source}' was active at {command.PointInTime:O}; its first was activated at {first.ActivatedAt:O}."));
        }

        var target = new RollbackTarget { PointInTime = command.PointInTime };
        var description = Describe(string.Create(CultureInfo.InvariantCulture, $"v{restored.Id} (active at {command.PointInTime:O})"), command.Caller.Describe(), command.Reason);
        return await RepublishAsync(session, restored, target, command.Caller, command.Reason, description, cancellationToken);
    }

    private Task<VersionCommandOutcome> RepublishAsync(
        IDocumentSession session, RouteTableVersion restored, RollbackTarget target, CommandCaller caller, string reason, string description, CancellationToken cancellationToken) =>
        RollbackToAsync(session, restored.Provenance.Source, target, caller, reason, restored.Hash, restored, description, (provenance, metadata, state, token) =>
            Task.FromResult<RouteTableVersionPublished?>(AppendRepublished(session, state.NextVersionNumber, restored, provenance, metadata)),
            cancellationToken);

    private async Task<VersionCommandOutcome> RollbackToStateAsync(
        IDocumentSession session, string source, RollbackTarget target, CommandCaller caller, string reason, IReadOnlyList<ResourceSnapshot> snapshots, string targetText, CancellationToken cancellationToken)
    {
        var resources = ResourceSetBuilder.Build(snapshots);
        var hash = Translator.Translate(resources, translatorOptions).Hash;
        var restored = await session.Query<RouteTableVersion>()
            .Where(version => version.Provenance.Source == source && version.Hash == hash)
            .OrderByDescending(version => version.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var description = Describe(restored is null ? targetText : $"v{restored.Id}", caller.Describe(), reason);
        return await RollbackToAsync(session, source, target, caller, reason, hash, restored, description, (provenance, metadata, state, token) =>
            publisher.PublishIfChangedAsync(session, resources, state.LatestHash, provenance, metadata, token), cancellationToken);
    }

    private async Task<VersionCommandOutcome> RollbackToAsync(
        IDocumentSession session,
        string source,
        RollbackTarget target,
        CommandCaller caller,
        string reason,
        string hash,
        RouteTableVersion? restored,
        string description,
        Func<VersionProvenance, EventProvenance, RollbackState, CancellationToken, Task<RouteTableVersionPublished?>> publish,
        CancellationToken cancellationToken)
    {
        var commandId = NewCommandId();
        var actor = caller.Describe();
        var metadata = await MetadataAsync(session, source, actor, commandId, cancellationToken);
        var state = await session.LoadAsync<SourceState>(source, cancellationToken) ?? SourceState.Empty(source);
        var versions = await session.Events.FetchStreamStateAsync(EventStreams.RouteTableVersions, cancellationToken);
        var provenance = new VersionProvenance { Source = source, CommandId = commandId, Description = description };
        var changes = !string.Equals(hash, state.LastVersionHash, StringComparison.Ordinal);
        var next = (versions?.Version ?? 0) + 1;
        var active = changes ? next : state.LastVersionNumber;
        if (active is null)
        {
            return VersionCommandOutcome.Failed(VersionCommandStatus.NotFound, $"Source '{source}' has no version to roll back to.");
        }

        // The request goes first: the journal links the version to the request it finds already recorded.
        Append(session, state, metadata,
            new RollbackRequested { CommandId = commandId, Source = source, Target = target, Actor = actor, Caller = caller, Reason = reason },
            new VersionPinned { CommandId = commandId + PinSuffix, Source = source, Version = active.Value, Actor = actor, Caller = caller, Reason = description });
        if (changes && await publish(provenance, metadata, new RollbackState(state.LastVersionHash, next), cancellationToken) is null)
        {
            throw new InvalidOperationException($"Publishing the restored tables of source '{source}' appended no version.");
        }

        return new VersionCommandOutcome(VersionCommandStatus.Done)
        {
            CommandId = commandId,
            Source = source,
            ActiveVersion = active,
            RestoredVersion = restored?.Id,
            Hash = hash,
            Description = description,
        };
    }

    /// <summary>The journal keys entries by command id, so the pin a rollback sets gets its own.</summary>
    private const string PinSuffix = ".pin";

    private static string Describe(string target, string actor, string reason) => $"rollback to {target} by {actor}: {reason}";
}
