using GitOpsGateway.RouteTables;

namespace GitOpsGateway.NodeFeed.Protocol;

/// <summary>
/// The version of one Gateway's route table that nodes should serve, as the control plane announces it. The
/// <see cref="Hash"/> is what the control plane claims; nodes recompute it from <see cref="Table"/> before applying.
/// </summary>
public sealed record FeedVersion
{
    /// <summary>The monotonic version number (the SSE event id on the wire).</summary>
    public required long Version { get; init; }

    public required NamespacedName Gateway { get; init; }

    /// <summary>Lowercase hex SHA-256 of the table's canonical JSON (<see cref="RouteTableHash.Compute(RouteTable)"/>).</summary>
    public required string Hash { get; init; }

    public required RouteTable Table { get; init; }

    /// <summary>For people: "commit 1a2b3c4 by Ada", "rollback to version 7".</summary>
    public required string Provenance { get; init; }

    /// <summary>When the control plane made this version the Gateway's active one, if it knows.</summary>
    public DateTimeOffset? ActivatedAt { get; init; }
}
