using GitOpsGateway.GatewayApi.Routes;

namespace GitOpsGateway.GatewayApi.GrpcRoutes;

public sealed record GrpcRouteSpec
{
    public IReadOnlyList<ParentReference> ParentRefs { get; init => field = ValueList<ParentReference>.From(value); } = ValueList<ParentReference>.Empty;

    public IReadOnlyList<string> Hostnames { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    public IReadOnlyList<GrpcRouteRule> Rules { get; init => field = ValueList<GrpcRouteRule>.From(value); } = ValueList<GrpcRouteRule>.Empty;
}
