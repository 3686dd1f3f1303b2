namespace GitOpsGateway.RouteTables.Clusters;

/// <summary>Where a cluster's endpoints came from, in the order the compiler tries them.</summary>
public enum EndpointResolution
{
    /// <summary>Explicit addresses from an EndpointSlice in the repository.</summary>
    EndpointSlice,

    /// <summary>A Service of type ExternalName: the node resolves <see cref="Cluster.DnsName"/>.</summary>
    ExternalName,

    /// <summary>The Service's cluster DNS name (<c>NAME.NAMESPACE.svc.SUFFIX</c>), resolved by the node.</summary>
    ClusterDns,
}
