namespace GitOpsGateway.GatewayApi.Routes;

public sealed record UdpRouteSpec
{
    public IReadOnlyList<ParentReference> ParentRefs { get; init => field = ValueList<ParentReference>.From(value); } = ValueList<ParentReference>.Empty;

    public IReadOnlyList<UdpRouteRule> Rules { get; init => field = ValueList<UdpRouteRule>.From(value); } = ValueList<UdpRouteRule>.Empty;
}
