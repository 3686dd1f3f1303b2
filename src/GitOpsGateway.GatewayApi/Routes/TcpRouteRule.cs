namespace GitOpsGateway.GatewayApi.Routes;

public sealed record TcpRouteRule
{
    public string? Name { get; init; }

    public IReadOnlyList<BackendRef> BackendRefs { get; init => field = ValueList<BackendRef>.From(value); } = ValueList<BackendRef>.Empty;
}
