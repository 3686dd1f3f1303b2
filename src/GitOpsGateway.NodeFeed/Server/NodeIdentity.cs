namespace GitOpsGateway.NodeFeed.Server;

/// <summary>Who presented a node token: its name and the Gateways it serves. Never carries the token itself.</summary>
internal sealed record NodeIdentity(string Name, IReadOnlySet<string> Gateways, byte[] Digest)
{
    public bool Serves(string gatewayKey) => Gateways.Contains(gatewayKey);
}
