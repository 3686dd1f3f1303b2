namespace GitOpsGateway.Conformance.Cluster;

/// <summary>A Service of the suite's manifests: where the suite runs a Deployment behind it, we run an echo backend.</summary>
public sealed record ServiceManifest(string Namespace, string Name, IReadOnlyList<ServicePortManifest> Ports)
{
    /// <summary>NAMESPACE/NAME.</summary>
    public string Key => Namespace + "/" + Name;

    /// <summary>
    /// The suite's HTTP echo pods listen on target ports 3000 (HTTP/1.1, WebSocket) and 3001 (h2c); our echo backend
    /// serves all of them on one port. Its TLS backends (8443) and anything not TCP get no endpoints from us.
    /// </summary>
    public IReadOnlyList<ServicePortManifest> EchoPorts =>
        Ports.Where(port => port.Protocol == "TCP" && port.TargetPort is "3000" or "3001").ToList();
}
