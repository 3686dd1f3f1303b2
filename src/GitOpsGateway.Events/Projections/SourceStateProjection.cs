using GitOpsGateway.Events.Storage;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace GitOpsGateway.Events.Projections;

/// <summary>Keeps <see cref="SourceState"/> and <see cref="IngestedCommit"/> from the source streams and the versions a source published.</summary>
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
                operations.Store(new IngestedCommit
                {
                    Id = IngestedCommit.IdFor(state.Id, commit.Sha),
                    Source = state.Id,
                    Sha = commit.Sha,
                    Epoch = state.Epoch,
                    StreamVersion = @event.Version,
                    IngestedAt = @event.Timestamp,
                });
                return state with
                {
                    StreamVersion = @event.Version,
                    LastIngestedSha = commit.Sha,
                    LastIngestedAt = @event.Timestamp,
                    IngestedCount = state.IngestedCount + 1,
                };
            case ForcePushDetected:
                return state with { StreamVersion = @event.Version, Epoch = state.Epoch + 1 };
            default:
                return state with { StreamVersion = @event.Version };
        }
    }
}
