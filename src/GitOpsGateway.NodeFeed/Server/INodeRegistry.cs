using GitOpsGateway.NodeFeed.Protocol;

namespace GitOpsGateway.NodeFeed.Server;

/// <summary>The latest report of every node, keyed by Gateway and node; the control plane may persist it.</summary>
public interface INodeRegistry
{
    /// <summary>Replaces the node's previous report.</summary>
    ValueTask RecordAsync(NodeReport report, CancellationToken cancellationToken);

    ValueTask<NodeReport?> FindAsync(string gateway, string node, CancellationToken cancellationToken);

    ValueTask<IReadOnlyList<NodeReport>> ListAsync(CancellationToken cancellationToken);
}
