using System.Globalization;
using GitOpsGateway.Events;
using GitOpsGateway.Events.Ingestion;
using GitOpsGateway.Events.Projections;
using GitOpsGateway.Events.Storage;
using GitOpsGateway.Translation;
using Marten;

namespace GitOpsGateway.ControlPlane.Commands;

public sealed partial class VersionCommands
{
    /// <summary>
    /// Lifts the pin and activates what the head commit compiles to. When the newest version holds other tables
    /// (a rollback published it and no commit followed), the head's tables are published anew, rebuilt from the
    /// event store alone, so the unpin works while the remote is unreachable.
    /// </summary>
    public async Task<VersionCommandOutcome> UnpinAsync(IDocumentSession session, Unpin command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(command);
        var (source, error) = ResolveSource(command.Source);
        if (source is null)
        {
            return error!;
        }

        if (await session.LoadAsync<VersionPin>(source, cancellationToken) is null)
        {
            return VersionCommandOutcome.Failed(VersionCommandStatus.Invalid, $"Source '{source}' is not pinned.");
        }

        var commandId = NewCommandId();
        var actor = command.Caller.Describe();
        var metadata = await MetadataAsync(session, source, actor, commandId, cancellationToken);
        var state = await session.LoadAsync<SourceState>(source, cancellationToken) ?? SourceState.Empty(source);
        var head = await HeadCompileAsync(session, state, cancellationToken);
        var unpinned = new VersionUnpinned { CommandId = commandId, Source = source, Actor = actor, Caller = command.Caller, Reason = command.Reason };
        if (head is null || string.Equals(head.Hash, state.LastVersionHash, StringComparison.Ordinal))
        {
            Append(session, state, metadata, unpinned);
            return Unpinned(commandId, source, state.LastVersionNumber, state.LastVersionHash, restored: null,
                string.Create(CultureInfo.InvariantCulture, $"unpinned by {actor}: {command.Reason}; v{state.LastVersionNumber} is active"));
        }

        var versions = await session.Events.FetchStreamStateAsync(EventStreams.RouteTableVersions, cancellationToken);
        var number = (versions?.Version ?? 0) + 1;
        var restored = await session.Query<RouteTableVersion>()
            .Where(version => version.Provenance.Source == source && version.Hash == head.Hash)
            .OrderByDescending(version => version.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var shortSha = head.CommitSha[..Math.Min(7, head.CommitSha.Length)];
        var description = restored is null
            ? $"unpin to head commit {shortSha} by {actor}: {command.Reason}"
            : string.Create(CultureInfo.InvariantCulture, $"unpin to head commit {shortSha} (restored from v{restored.Id}) by {actor}: {command.Reason}");

        // The unpin goes first so the journal finds it when the version naming its command id follows.
        Append(session, state, metadata, unpinned with { HeadVersion = number });
        var provenance = new VersionProvenance { Source = source, CommitSha = head.CommitSha, CommandId = commandId, Description = description };
        if (restored is null)
        {
            _ = await publisher.PublishIfChangedAsync(session, head.Resources, state.LastVersionHash, provenance, metadata, cancellationToken);
        }
        else
        {
            _ = AppendRepublished(session, number, restored, provenance, metadata);
        }

        return Unpinned(commandId, source, number, head.Hash, restored?.Id, $"{description}; v{number.ToString(CultureInfo.InvariantCulture)} is active");
    }

    /// <summary>The source's objects after its newest ingested commit, compiled; null before the first commit.</summary>
    private async Task<HeadCompile?> HeadCompileAsync(IQuerySession session, SourceState state, CancellationToken cancellationToken)
    {
        if (state.LastIngestedSha is not { } sha
            || await SourceReplay.AfterCommitAsync(session, state.Id, sha, cancellationToken) is not { } snapshots)
        {
            return null;
        }

        var resources = ResourceSetBuilder.Build(snapshots);
        return new HeadCompile(sha, Translator.Translate(resources, translatorOptions).Hash, resources);
    }

    private static VersionCommandOutcome Unpinned(string commandId, string source, long? active, string? hash, long? restored, string description) =>
        new(VersionCommandStatus.Done)
        {
            CommandId = commandId,
            Source = source,
            ActiveVersion = active,
            RestoredVersion = restored,
            Hash = hash,
            Description = description,
        };
}
