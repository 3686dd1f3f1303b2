namespace GitOpsGateway.Events;

/// <summary>
/// An object appeared in the source (or reappeared after a delete: a new creation). Its creation timestamp is
/// this event's timestamp.
/// </summary>
public sealed record ResourceCreated : IResourceEvent
{
    public required string Kind { get; init; }

    public required string Namespace { get; init; }

    public required string Name { get; init; }

    /// <summary>1 for a new object.</summary>
    public required long Generation { get; init; }

    /// <summary>Canonical JSON of the manifest as written, Secret values redacted; loads again through <c>ManifestLoader</c>.</summary>
    public required string Manifest { get; init; }

    public required string File { get; init; }

    public required int Line { get; init; }
}
