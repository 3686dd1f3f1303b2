using GitOpsGateway.Events.Storage;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace GitOpsGateway.Events.Projections;

/// <summary>Keeps one <see cref="CurrentResource"/> per object of each source from its resource events.</summary>
internal sealed class CurrentResourceProjection : IProjection
{
    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
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
                    operations.Store(new CurrentResource
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
                    });
                    break;
                case ResourceChanged changed:
                    var existing = await operations.LoadAsync<CurrentResource>(id, cancellation)
                        ?? throw new InvalidOperationException($"{id} changed at stream version {@event.Version} but was never created.");
                    operations.Store(existing with
                    {
                        Manifest = changed.Manifest,
                        Generation = changed.Generation,
                        UpdatedAt = @event.Timestamp,
                        CommitSha = commit,
                        File = changed.File,
                        Line = changed.Line,
                    });
                    break;
                case ResourceDeleted:
                    operations.Delete<CurrentResource>(id);
                    break;
            }
        }
    }
}
