namespace GitOpsGateway.Events;

/// <summary>
/// An object's manifest changed. <see cref="Generation"/> grew only when something other than its metadata
/// changed (its spec), as Kubernetes counts generations; a label, annotation or apiVersion change keeps it.
/// </summary>
public sealed record ResourceChanged : IResourceEvent
{
    public required string Kind { get; init; }

    public required string Namespace { get; init; }

    public required string Name { get; init; }

    public required long Generation { get; init; }

    /// <summary>Canonical JSON of the new manifest, Secret values redacted.</summary>
    public required string Manifest { get; init; }

    public required string File { get; init; }

    public required int Line { get; init; }
}
