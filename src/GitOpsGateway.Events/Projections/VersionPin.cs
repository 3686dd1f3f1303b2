namespace GitOpsGateway.Events.Projections;

/// <summary>
/// A source held at one version (id: the source's name): its newer versions are recorded but not activated
/// until <see cref="VersionUnpinned"/>. Kept by the version projection from <see cref="VersionPinned"/>.
/// </summary>
public sealed record VersionPin
{
    /// <summary>The source's name.</summary>
    public required string Id { get; init; }

    public required long Version { get; init; }

    public required string CommandId { get; init; }

    public required string Actor { get; init; }

    public required string Reason { get; init; }

    public required DateTimeOffset PinnedAt { get; init; }
}
