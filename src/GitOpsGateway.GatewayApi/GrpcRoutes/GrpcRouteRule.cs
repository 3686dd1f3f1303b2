using GitOpsGateway.GatewayApi.Routes;

namespace GitOpsGateway.GatewayApi.GrpcRoutes;

public sealed record GrpcRouteRule
{
    public string? Name { get; init; }

    /// <summary>Any one match selects the rule; no matches at all match every request.</summary>
    public IReadOnlyList<GrpcRouteMatch> Matches { get; init => field = ValueList<GrpcRouteMatch>.From(value); } = ValueList<GrpcRouteMatch>.Empty;

    public IReadOnlyList<GrpcRouteFilter> Filters { get; init => field = ValueList<GrpcRouteFilter>.From(value); } = ValueList<GrpcRouteFilter>.Empty;

    public IReadOnlyList<GrpcBackendRef> BackendRefs { get; init => field = ValueList<GrpcBackendRef>.From(value); } = ValueList<GrpcBackendRef>.Empty;

    public SessionPersistence? SessionPersistence { get; init; }
}
