using GitOpsGateway.Events.Storage;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace GitOpsGateway.Events.Projections;

/// <summary>
/// Keeps one <see cref="CurrentResource"/> per object of each source from its resource events. A batch may hold
/// several events of one object (a rebuild reads many commits at once), and the session does not answer loads
/// with documents it has not saved yet, so the batch's own results are looked up first.
/// </summary>
internal sealed class CurrentResourceProjection : IProjection
{
    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var inBatch = new Dictionary<string, CurrentResource?>(StringComparer.Ordinal);
        foreach (var @event in events)
        {
            if (EventStreams.SourceOf(@event.StreamKey) is not { } source || @event.Data is not IResourceEvent resource)
            {
                continue;
            }

            var id = CurrentResource.IdFor(source, resource.Kind, resource.Namespace, resource.Name);
            var commit = @event.GetHeader(ProvenanceHeaders.Commit)?.ToString();
            switch (@event.Data)
            {
                case ResourceCreated created:
                    inBatch[id] = new CurrentResource
                    {
                        Id = id,
                        Source = source,
                        Kind = created.Kind,
                        Namespace = created.Namespace,
                        Name = created.Name,
                        Manifest = created.Manifest,
                        Generation = created.Generation,
                        CreatedAt = @event.Timestamp,
                        UpdatedAt = @event.Timestamp,
                        CommitSha = commit,
                        File = created.File,
                        Line = created.Line,
                    };
                    break;
                case ResourceChanged changed:
                    var existing = (inBatch.TryGetValue(id, out var earlier) ? earlier : await operations.LoadAsync<CurrentResource>(id, cancellation))
                        ?? throw new InvalidOperationException($"{id} changed at stream version {@event.Version} but was never created.");
                    inBatch[id] = existing with
                    {
                        Manifest = changed.Manifest,
                        Generation = changed.Generation,
                        UpdatedAt = @event.Timestamp,
                        CommitSha = commit,
                        File = changed.File,
                        Line = changed.Line,
                    };
                    break;
                case ResourceDeleted:
                    inBatch[id] = null;
                    break;
            }
        }

        foreach (var (id, resource) in inBatch)
        {
            if (resource is null)
            {
                operations.Delete<CurrentResource>(id);
            }
            else
            {
                operations.Store(resource);
            }
        }
    }
}
