namespace GitOpsGateway.Conformance.Cluster;

/// <summary>A Gateway of the suite's manifests, with the distinct ports its listeners ask for.</summary>
public sealed record GatewayManifest(string Namespace, string Name, IReadOnlyList<int> Ports)
{
    /// <summary>NAMESPACE/NAME.</summary>
    public string Key => Namespace + "/" + Name;
}
