namespace GitOpsGateway.Events.Projections;

/// <summary>
/// One moment a source's active version changed (id: the sequence of the event that caused it). The history of
/// activations answers "which version was active at time T", respecting pins and rollbacks, with one index range.
/// </summary>
public sealed record VersionActivation
{
    /// <summary>The event sequence of the publication, pin or unpin that activated the version.</summary>
    public required long Id { get; init; }

    public required string Source { get; init; }

    public required long VersionNumber { get; init; }

    /// <summary>The version's combined hash.</summary>
    public required string Hash { get; init; }

    public required DateTimeOffset ActivatedAt { get; init; }

    public required ActivationCause Cause { get; init; }

    /// <summary>The pin's or unpin's command id; null for a publication.</summary>
    public string? CommandId { get; init; }
}
