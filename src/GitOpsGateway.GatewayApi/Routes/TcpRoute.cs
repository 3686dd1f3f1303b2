namespace GitOpsGateway.GatewayApi.Routes;

/// <summary>A TCPRoute; v1, v1alpha2 (and for TLSRoute v1alpha3) manifests all read into this type.</summary>
public sealed record TcpRoute : Route
{
    public override ResourceKind Kind => ResourceKind.TcpRoute;

    public required TcpRouteSpec Spec { get; init; }

    public override IReadOnlyList<ParentReference> ParentRefs => Spec.ParentRefs;

    public override IReadOnlyList<string> Hostnames => ValueList<string>.Empty;
}
