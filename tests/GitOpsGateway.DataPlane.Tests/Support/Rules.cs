using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Backends;
using GitOpsGateway.RouteTables.Filters;
using GitOpsGateway.RouteTables.Http;

namespace GitOpsGateway.DataPlane.Tests.Support;

/// <summary>Short ways to write IR rules and backends.</summary>
internal static class Rules
{
    private static int s_routeNumber;

    public static HttpRouteRule Prefix(string path, params Backend[] backends) => Rule(PathMatchType.PathPrefix, path, backends);

    public static HttpRouteRule Exact(string path, params Backend[] backends) => Rule(PathMatchType.Exact, path, backends);

    /// <summary>A GRPCRoute rule for one method: matched on the path <c>/SERVICE/METHOD</c>, as the compiler writes it.</summary>
    public static HttpRouteRule GrpcMethod(string service, string method, params Backend[] backends)
    {
        var rule = Rule(PathMatchType.Exact, $"/{service}/{method}", backends);
        return rule with { Provenance = rule.Provenance with { Kind = RouteKind.GRPCRoute } };
    }

    public static ClusterBackend To(string clusterId, int weight = 1, params HttpFilter[] filters) =>
        new() { ClusterId = clusterId, Weight = weight, Filters = [.. filters] };

    public static InvalidBackend Invalid(int weight = 1) => new() { Weight = weight, Reason = "BackendNotFound" };

    public static RequestHeaderModifierFilter SetRequestHeader(string name, string value) =>
        new() { Set = [new HttpHeader { Name = name, Value = value }] };

    private static HttpRouteRule Rule(PathMatchType type, string path, Backend[] backends) => new()
    {
        Provenance = new RuleProvenance
        {
            Kind = RouteKind.HTTPRoute,
            Namespace = "apps",
            Name = $"route-{Interlocked.Increment(ref s_routeNumber)}",
            RuleIndex = 0,
        },
        Match = new HttpRouteMatch { Path = new PathMatch { Type = type, Value = path } },
        Backends = [.. backends],
    };
}
