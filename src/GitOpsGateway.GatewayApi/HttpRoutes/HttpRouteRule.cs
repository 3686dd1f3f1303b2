using GitOpsGateway.GatewayApi.Routes;

namespace GitOpsGateway.GatewayApi.HttpRoutes;

public sealed record HttpRouteRule
{
    /// <summary>Optional rule name, unique within the route.</summary>
    public string? Name { get; init; }

    /// <summary>Any one match selects the rule; the loader fills in the default (PathPrefix "/") when none is written.</summary>
    public IReadOnlyList<HttpRouteMatch> Matches { get; init => field = ValueList<HttpRouteMatch>.From(value); } = ValueList<HttpRouteMatch>.Empty;

    public IReadOnlyList<HttpRouteFilter> Filters { get; init => field = ValueList<HttpRouteFilter>.From(value); } = ValueList<HttpRouteFilter>.Empty;

    public IReadOnlyList<HttpBackendRef> BackendRefs { get; init => field = ValueList<HttpBackendRef>.From(value); } = ValueList<HttpBackendRef>.Empty;

    public HttpRouteTimeouts? Timeouts { get; init; }

    public HttpRouteRetry? Retry { get; init; }

    public SessionPersistence? SessionPersistence { get; init; }
}
