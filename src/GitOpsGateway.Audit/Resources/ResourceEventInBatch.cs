using GitOpsGateway.Events;
using GitOpsGateway.Events.Projections;
using GitOpsGateway.Events.Storage;
using JasperFx.Events;

namespace GitOpsGateway.Audit.Resources;

/// <summary>A resource event of a source stream, with what the audit projection reads of it and of its metadata.</summary>
internal sealed record ResourceEventInBatch
{
    public required IEvent Event { get; init; }

    public required string Source { get; init; }

    public required ResourceRef Resource { get; init; }

    public required ResourceChangeType Change { get; init; }

    public required long Generation { get; init; }

    /// <summary>The manifest after the event; null for a deletion.</summary>
    public string? Manifest { get; init; }

    public required string File { get; init; }

    public int Line { get; init; }

    public string? CommitSha { get; init; }

    public string? Author { get; init; }

    public string HeadId => CurrentResource.IdFor(Source, Resource.Kind, Resource.Namespace, Resource.Name);

    public static ResourceEventInBatch? From(IEvent @event)
    {
        if (EventStreams.SourceOf(@event.StreamKey) is not { } source || @event.Data is not IResourceEvent resource)
        {
            return null;
        }

        var (change, generation, manifest, file, line) = @event.Data switch
        {
            ResourceCreated created => (ResourceChangeType.Created, created.Generation, created.Manifest, created.File, created.Line),
            ResourceChanged changed => (ResourceChangeType.Changed, changed.Generation, changed.Manifest, changed.File, changed.Line),
            ResourceDeleted deleted => (ResourceChangeType.Deleted, deleted.Generation, (string?)null, deleted.File, 0),
            _ => throw new InvalidOperationException($"Unknown resource event {@event.Data.GetType().Name}."),
        };

        return new ResourceEventInBatch
        {
            Event = @event,
            Source = source,
            Resource = new ResourceRef(resource.Kind, resource.Namespace, resource.Name),
            Change = change,
            Generation = generation,
            Manifest = manifest,
            File = file,
            Line = line,
            CommitSha = @event.GetHeader(ProvenanceHeaders.Commit)?.ToString(),
            Author = @event.GetHeader(ProvenanceHeaders.Author)?.ToString(),
        };
    }
}
