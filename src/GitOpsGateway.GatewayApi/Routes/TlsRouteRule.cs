namespace GitOpsGateway.GatewayApi.Routes;

public sealed record TlsRouteRule
{
    public string? Name { get; init; }

    public IReadOnlyList<BackendRef> BackendRefs { get; init => field = ValueList<BackendRef>.From(value); } = ValueList<BackendRef>.Empty;
}
