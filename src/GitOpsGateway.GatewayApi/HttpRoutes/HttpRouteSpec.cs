using GitOpsGateway.GatewayApi.Routes;

namespace GitOpsGateway.GatewayApi.HttpRoutes;

public sealed record HttpRouteSpec
{
    public IReadOnlyList<ParentReference> ParentRefs { get; init => field = ValueList<ParentReference>.From(value); } = ValueList<ParentReference>.Empty;

    public IReadOnlyList<string> Hostnames { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>When the manifest omits rules, the loader supplies the spec's default: one rule matching every path.</summary>
    public IReadOnlyList<HttpRouteRule> Rules { get; init => field = ValueList<HttpRouteRule>.From(value); } = ValueList<HttpRouteRule>.Empty;
}
