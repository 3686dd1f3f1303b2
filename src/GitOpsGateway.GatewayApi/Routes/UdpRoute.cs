namespace GitOpsGateway.GatewayApi.Routes;

/// <summary>A UDPRoute; v1, v1alpha2 (and for TLSRoute v1alpha3) manifests all read into this type.</summary>
public sealed record UdpRoute : Route
{
    public override ResourceKind Kind => ResourceKind.UdpRoute;

    public required UdpRouteSpec Spec { get; init; }

    public override IReadOnlyList<ParentReference> ParentRefs => Spec.ParentRefs;

    public override IReadOnlyList<string> Hostnames => ValueList<string>.Empty;
}
