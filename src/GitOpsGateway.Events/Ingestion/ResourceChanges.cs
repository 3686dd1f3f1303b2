namespace GitOpsGateway.Events.Ingestion;

/// <summary>What one commit changed: the events to append (resource events by key, then rejections) and the objects after it.</summary>
internal sealed record ResourceChanges(IReadOnlyList<object> Events, IReadOnlyList<ResourceSnapshot> After)
{
    public bool ChangedResources => Events.Any(@event => @event is IResourceEvent);
}
