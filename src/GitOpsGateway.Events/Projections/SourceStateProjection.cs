using GitOpsGateway.Events.Storage;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace GitOpsGateway.Events.Projections;

/// <summary>
/// Keeps <see cref="SourceState"/>, <see cref="IngestedCommit"/> and <see cref="FailedCommit"/> from the source
/// streams and the versions a source published. A failed commit counts as passed like an ingested one: the
/// watcher resumes after it and ingesting it again appends nothing.
/// </summary>
internal sealed class SourceStateProjection : IProjection
{
    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var states = new Dictionary<string, SourceState>(StringComparer.Ordinal);
        foreach (var @event in events)
        {
            var source = @event.Data is RouteTableVersionPublished published ? published.Provenance.Source : EventStreams.SourceOf(@event.StreamKey);
            if (source is null)
            {
                continue;
            }

            if (!states.TryGetValue(source, out var state))
            {
                state = await operations.LoadAsync<SourceState>(source, cancellation) ?? SourceState.Empty(source);
            }

            states[source] = Apply(operations, state, @event);
        }

        foreach (var state in states.Values)
        {
            operations.Store(state);
        }
    }

    private static SourceState Apply(IDocumentOperations operations, SourceState state, IEvent @event)
    {
        switch (@event.Data)
        {
            case RouteTableVersionPublished published:
                return state with { LastVersionNumber = published.Number, LastVersionHash = published.Hash, LastStatusHash = published.StatusHash };
            case CommitIngested commit:
                operations.Store(Passed(state, commit.Sha, @event));
                return state with
                {
                    StreamVersion = @event.Version,
                    LastIngestedSha = commit.Sha,
                    LastIngestedAt = @event.Timestamp,
                    IngestedCount = state.IngestedCount + 1,
                };
            case CommitFailed failed:
                operations.Store(Passed(state, failed.Sha, @event));
                operations.Store(new FailedCommit
                {
                    Id = IngestedCommit.IdFor(state.Id, failed.Sha),
                    Source = state.Id,
                    Sha = failed.Sha,
                    Reason = failed.Reason,
                    Attempts = failed.Attempts,
                    FirstFailedAt = failed.FirstFailedAt,
                    SkippedAt = @event.Timestamp,
                    Message = failed.Message,
                    Author = failed.Author.Name,
                });
                return state with
                {
                    StreamVersion = @event.Version,
                    LastIngestedSha = failed.Sha,
                    LastIngestedAt = @event.Timestamp,
                    FailedCount = state.FailedCount + 1,
                };
            case ForcePushDetected:
                return state with { StreamVersion = @event.Version, Epoch = state.Epoch + 1 };
            default:
                return state with { StreamVersion = @event.Version };
        }
    }

    private static IngestedCommit Passed(SourceState state, string sha, IEvent @event) => new()
    {
        Id = IngestedCommit.IdFor(state.Id, sha),
        Source = state.Id,
        Sha = sha,
        Epoch = state.Epoch,
        StreamVersion = @event.Version,
        IngestedAt = @event.Timestamp,
    };
}
