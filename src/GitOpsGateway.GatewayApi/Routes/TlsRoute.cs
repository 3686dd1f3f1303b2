namespace GitOpsGateway.GatewayApi.Routes;

/// <summary>A TLSRoute; v1, v1alpha2 (and for TLSRoute v1alpha3) manifests all read into this type.</summary>
public sealed record TlsRoute : Route
{
    public override ResourceKind Kind => ResourceKind.TlsRoute;

    public required TlsRouteSpec Spec { get; init; }

    public override IReadOnlyList<ParentReference> ParentRefs => Spec.ParentRefs;

    public override IReadOnlyList<string> Hostnames => Spec.Hostnames;
}
