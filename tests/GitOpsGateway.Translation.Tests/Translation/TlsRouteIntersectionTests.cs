using GitOpsGateway.RouteTables.Backends;
using GitOpsGateway.Routing;
using GitOpsGateway.Routing.Decisions;

namespace GitOpsGateway.Translation.Tests.Translation;

/// <summary>
/// The conformance test TLSRouteHostnameIntersection, through the data plane's router: an exact route hostname and
/// a wildcard one under listeners with an exact, a more specific wildcard, a less specific wildcard and no hostname.
/// </summary>
public sealed class TlsRouteIntersectionTests
{
    [Theory]
    [InlineData("hostname: \"*.example.com\"", "abc.example.com", "exact")]
    [InlineData("hostname: \"*.example.com\"", "other.example.com", "wildcard")]
    [InlineData("hostname: \"*.example.com\"", "other.example.org", null)]
    [InlineData("hostname: \"*.com\"", "abc.example.com", "exact")]
    [InlineData("hostname: \"*.com\"", "other.example.com", "wildcard")]
    [InlineData("hostname: \"*.com\"", "example.com", null)]
    [InlineData("hostname: abc.example.com", "abc.example.com", "exact")]
    [InlineData("hostname: abc.example.com", "other.example.com", null)]
    [InlineData("allowedRoutes: {namespaces: {from: Same}}", "abc.example.com", "exact")]
    [InlineData("allowedRoutes: {namespaces: {from: Same}}", "other.example.com", "wildcard")]
    [InlineData("allowedRoutes: {namespaces: {from: Same}}", "example.org", null)]
    public void Each_sni_reaches_the_route_of_the_most_specific_intersecting_hostname(string listenerHostname, string sni, string? expectedBackend)
    {
        var result = Results.Translate(Manifests.Join(
            Manifests.Gateway($"- {{name: tls, port: 443, protocol: TLS, {listenerHostname}, tls: {{mode: Passthrough}}}}"),
            Manifests.Service("infra", "exact", "[{port: 443}]"),
            Manifests.Service("infra", "wildcard", "[{port: 443}]"),
            Route("exact-route", "abc.example.com", "exact"),
            Route("wildcard-route", "\"*.example.com\"", "wildcard")));

        var decision = CompiledRouter.Build(result.Table()).Route(new RouteRequest { Port = 443, Scheme = RequestScheme.Tls, ServerName = sni });

        var backend = decision is L4Forward forward ? Assert.IsType<ClusterBackend>(Assert.Single(forward.Backends)).ClusterId : null;
        Assert.Equal(expectedBackend is null ? null : $"infra/{expectedBackend}:443/tcp", backend);
    }

    private static string Route(string name, string hostname, string backend) => $$"""
        apiVersion: gateway.networking.k8s.io/v1alpha2
        kind: TLSRoute
        metadata: {name: {{name}}, namespace: infra}
        spec: {parentRefs: [{name: edge}], hostnames: [{{hostname}}], rules: [{backendRefs: [{name: {{backend}}, port: 443}]}]}
        """;
}
