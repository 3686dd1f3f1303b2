using GitOpsGateway.GatewayApi.Routes;

namespace GitOpsGateway.GatewayApi.HttpRoutes;

/// <summary>A weighted backend whose filters apply only to requests sent to it.</summary>
public sealed record HttpBackendRef : BackendRef
{
    public IReadOnlyList<HttpRouteFilter> Filters { get; init => field = ValueList<HttpRouteFilter>.From(value); } = ValueList<HttpRouteFilter>.Empty;
}
