namespace GitOpsGateway.GatewayApi.Routes;

public sealed record TlsRouteSpec
{
    public IReadOnlyList<ParentReference> ParentRefs { get; init => field = ValueList<ParentReference>.From(value); } = ValueList<ParentReference>.Empty;

    /// <summary>SNI hostnames, exact or with a leading "*." label.</summary>
    public IReadOnlyList<string> Hostnames { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    public IReadOnlyList<TlsRouteRule> Rules { get; init => field = ValueList<TlsRouteRule>.From(value); } = ValueList<TlsRouteRule>.Empty;
}
