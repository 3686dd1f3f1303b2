namespace GitOpsGateway.GatewayApi.Routes;

public sealed record TcpRouteSpec
{
    public IReadOnlyList<ParentReference> ParentRefs { get; init => field = ValueList<ParentReference>.From(value); } = ValueList<ParentReference>.Empty;

    public IReadOnlyList<TcpRouteRule> Rules { get; init => field = ValueList<TcpRouteRule>.From(value); } = ValueList<TcpRouteRule>.Empty;
}
