namespace GitOpsGateway.Events;

/// <summary>An object is no longer in the source. A later object with the same key is a new creation.</summary>
public sealed record ResourceDeleted : IResourceEvent
{
    public required string Kind { get; init; }

    public required string Namespace { get; init; }

    public required string Name { get; init; }

    /// <summary>The generation it had when it was deleted.</summary>
    public required long Generation { get; init; }

    /// <summary>Where it was last defined.</summary>
    public required string File { get; init; }
}
