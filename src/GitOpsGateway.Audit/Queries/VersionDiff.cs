namespace GitOpsGateway.Audit.Queries;

/// <summary>The route-level changes from one version to another, Gateway by Gateway; the changes are paged.</summary>
public sealed record VersionDiff
{
    public required VersionRef From { get; init; }

    public required VersionRef To { get; init; }

    /// <summary>Every Gateway of either version or changed between them, sorted, with its change count (also 0).</summary>
    public required IReadOnlyList<GatewayComparison> Gateways { get; init; }

    /// <summary>In Gateway order, then <c>RouteTableDiff</c>'s order.</summary>
    public required Page<GatewayChange> Changes { get; init; }
}
