namespace GitOpsGateway.NodeFeed.Protocol;

/// <summary>The answer of <c>GET {prefix}</c>: which node runs which version, and convergence per Gateway.</summary>
public sealed record NodeListing
{
    /// <summary>Sorted by Gateway.</summary>
    public required IReadOnlyList<GatewayConvergence> Gateways { get; init; }

    /// <summary>Sorted by Gateway, then node.</summary>
    public required IReadOnlyList<NodeState> Nodes { get; init; }
}
