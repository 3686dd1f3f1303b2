namespace GitOpsGateway.RouteTables.Clusters;

/// <summary>A set of endpoints the node forwards to; becomes one YARP cluster.</summary>
public sealed record Cluster
{
    private static readonly IComparer<ClusterEndpoint> EndpointOrder = CanonicalOrder.By<ClusterEndpoint>(
        endpoint => endpoint.Address, endpoint => endpoint.Port);

    /// <summary>Stable and unique in the table, e.g. <c>default/echo:8080</c>; backends refer to it.</summary>
    public required string Id { get; init; }

    public required ClusterProtocol Protocol { get; init; }

    public required EndpointResolution Resolution { get; init; }

    /// <summary>The name the node resolves, for ExternalName and ClusterDns; null for EndpointSlice.</summary>
    public string? DnsName { get; init; }

    /// <summary>
    /// A set, kept in order of address then port. For name-resolved clusters one endpoint whose address is
    /// <see cref="DnsName"/>. Empty when an EndpointSlice lists no ready address: the node answers 503.
    /// </summary>
    public EquatableArray<ClusterEndpoint> Endpoints
    {
        get;
        init => field = value.SortedBy(EndpointOrder);
    }

    public ClusterTls? Tls { get; init; }
}
