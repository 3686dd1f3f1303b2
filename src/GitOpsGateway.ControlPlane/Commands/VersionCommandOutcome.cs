namespace GitOpsGateway.ControlPlane.Commands;

/// <summary>What a rollback, pin or unpin did.</summary>
public sealed record VersionCommandOutcome(VersionCommandStatus Status)
{
    /// <summary>The id the journal and the produced version's provenance name.</summary>
    public string? CommandId { get; init; }

    public string? Source { get; init; }

    /// <summary>The version now active: the one a rollback published (or the head, when that already held the restored tables), the pinned one, or the head after an unpin.</summary>
    public long? ActiveVersion { get; init; }

    /// <summary>The earlier version whose tables a rollback restored, when one had exactly those tables.</summary>
    public long? RestoredVersion { get; init; }

    public string? Hash { get; init; }

    /// <summary>For people: "rollback to v3 by ada: bad weights".</summary>
    public string? Description { get; init; }

    public string? Error { get; init; }

    public static VersionCommandOutcome Failed(VersionCommandStatus status, string error) => new(status) { Error = error };
}
