namespace GitOpsGateway.NodeFeed.Server;

/// <summary>
/// The <see cref="INodeRegistry"/>'s storage cannot be reached for now (a database outage). The feed keeps serving
/// versions from memory; a report is refused with 503 and the node sends its next one later.
/// </summary>
public sealed class NodeRegistryUnavailableException : Exception
{
    public NodeRegistryUnavailableException()
    {
    }

    public NodeRegistryUnavailableException(string message)
        : base(message)
    {
    }

    public NodeRegistryUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
