namespace GitOpsGateway.GatewayApi;

/// <summary>The kinds the product reads. Stored names are the Kubernetes kind strings (<see cref="ResourceKinds.Name"/>).</summary>
public enum ResourceKind
{
    GatewayClass,
    Gateway,
    HttpRoute,
    GrpcRoute,
    TlsRoute,
    TcpRoute,
    UdpRoute,
    ReferenceGrant,
    Namespace,
    Service,
    EndpointSlice,
    Secret,
    Ingress,
}
