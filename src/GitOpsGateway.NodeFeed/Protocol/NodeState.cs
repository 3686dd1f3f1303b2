namespace GitOpsGateway.NodeFeed.Protocol;

/// <summary>A node in the listing: its latest report and whether it holds a feed connection to this control plane.</summary>
public sealed record NodeState
{
    public required NodeReport Report { get; init; }

    /// <summary>Connected to the replica that answered; with several replicas a node is connected to one of them.</summary>
    public required bool Connected { get; init; }

    /// <summary>The reported version and hash are the Gateway's active ones.</summary>
    public required bool RunsActiveVersion { get; init; }
}
