namespace GitOpsGateway.Events;

/// <summary>The status the compiler gave one object (GatewayClass, Gateway, or route), as the JSON of its Kubernetes <c>status</c> field.</summary>
public sealed record PublishedStatus : IResourceEvent
{
    public required string Kind { get; init; }

    public required string Namespace { get; init; }

    public required string Name { get; init; }

    public required string Json { get; init; }
}
