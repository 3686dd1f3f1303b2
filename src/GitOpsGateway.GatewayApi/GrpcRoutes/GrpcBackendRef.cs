using GitOpsGateway.GatewayApi.Routes;

namespace GitOpsGateway.GatewayApi.GrpcRoutes;

public sealed record GrpcBackendRef : BackendRef
{
    public IReadOnlyList<GrpcRouteFilter> Filters { get; init => field = ValueList<GrpcRouteFilter>.From(value); } = ValueList<GrpcRouteFilter>.Empty;
}
