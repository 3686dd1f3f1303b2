using GitOpsGateway.Events.Storage;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace GitOpsGateway.Events.Projections;

/// <summary>
/// Keeps <see cref="SourceRejections"/> from the source streams: a <see cref="CommitIngested"/> starts an empty
/// list for its commit, and each <see cref="ManifestRejected"/> after it joins that list.
/// </summary>
internal sealed class SourceRejectionsProjection : IProjection
{
    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var lists = new Dictionary<string, SourceRejections>(StringComparer.Ordinal);
        foreach (var @event in events)
        {
            if (EventStreams.SourceOf(@event.StreamKey) is not { } source || @event.Data is not (CommitIngested or ManifestRejected))
            {
                continue;
            }

            if (!lists.TryGetValue(source, out var list))
            {
                list = await operations.LoadAsync<SourceRejections>(source, cancellation) ?? SourceRejections.Empty(source);
            }

            lists[source] = @event.Data switch
            {
                CommitIngested commit => new SourceRejections { Id = source, CommitSha = commit.Sha, IngestedAt = @event.Timestamp },
                ManifestRejected rejected => list with { Items = [.. list.Items, rejected] },
                _ => list,
            };
        }

        foreach (var list in lists.Values)
        {
            operations.Store(list);
        }
    }
}
