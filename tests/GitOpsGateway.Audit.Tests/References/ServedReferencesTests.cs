using GitOpsGateway.Audit.References;
using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Backends;
using GitOpsGateway.RouteTables.Http;
using GitOpsGateway.RouteTables.L4;

namespace GitOpsGateway.Audit.Tests.References;

public sealed class ServedReferencesTests
{
    [Fact]
    public void a_table_serves_hostnames_per_listener_paths_per_host_and_services_per_rule_weight_without_invalid_backends()
    {
        var table = new RouteTable
        {
            Gateway = new NamespacedName { Namespace = "shop", Name = "edge" },
            GatewayClass = "gitops",
            HttpPorts =
            [
                Port(80, "http", Host("Shop.example.com", Rule(0, 0, "/"), Rule(0, 1, "/"), Rule(1, 0, "/api", RouteKind.HTTPRoute))),
                Port(443, "https", Host("shop.example.com", Rule(0, 0, "/")), Host("*", Rule(2, 0, "/pkg.Svc/", RouteKind.GRPCRoute))),
            ],
            L4Routes =
            [
                new L4Route
                {
                    ListenerName = "tls",
                    Provenance = new RuleProvenance { Kind = RouteKind.TLSRoute, Namespace = "shop", Name = "vault", RuleIndex = 0 },
                    Hostnames = ["vault.example.com"],
                    Backends = [new ClusterBackend { ClusterId = "shop/vault:8443/tcp", Weight = 1 }],
                },
            ],
        };

        var facts = ServedReferences.From(table).Select(fact => $"{fact.Gateway} {fact.Route} {fact.Dimension} {fact.Value} [{fact.Detail}]").Order(StringComparer.Ordinal);

        Assert.Equal(
            [
                "shop/edge GRPCRoute/shop/web Backend shop/grpc [rule 2: port 50051 weight 1]",
                "shop/edge GRPCRoute/shop/web Hostname * [https:443]",
                "shop/edge HTTPRoute/shop/web Backend shop/web-v1 [rule 0: port 8080 weight 90, rule 1: port 8080 weight 90]",
                "shop/edge HTTPRoute/shop/web Backend shop/web-v2 [rule 0: port 8080 weight 10, rule 1: port 8080 weight 10]",
                "shop/edge HTTPRoute/shop/web Hostname shop.example.com [http:80, https:443]",
                "shop/edge HTTPRoute/shop/web Path / [PathPrefix on Shop.example.com, PathPrefix on shop.example.com]",
                "shop/edge HTTPRoute/shop/web Path /api [PathPrefix on Shop.example.com]",
                "shop/edge TLSRoute/shop/vault Backend shop/vault [rule 0: port 8443 weight 1]",
                "shop/edge TLSRoute/shop/vault Hostname vault.example.com [tls (SNI)]",
            ],
            facts);
    }

    [Theory]
    [InlineData("shop/web:8080", true, "shop/web", 8080)]
    [InlineData("shop/web:50051/grpc", true, "shop/web", 50051)]
    [InlineData("shop/web", false, "", 0)]
    [InlineData("web:80", false, "", 0)]
    [InlineData("a/b/c:80", false, "", 0)]
    [InlineData("shop/web:http", false, "", 0)]
    public void cluster_ids_name_the_service_port_they_reach(string clusterId, bool parsed, string service, int port)
    {
        Assert.Equal((parsed, service, port), (ClusterServices.TryParse(clusterId, out var actualService, out var actualPort), actualService, actualPort));
    }

    private static HttpPort Port(int port, string listener, params VirtualHost[] hosts) =>
        new() { Port = port, Listeners = [new HttpListenerRoutes { ListenerName = listener, VirtualHosts = [.. hosts] }] };

    private static VirtualHost Host(string hostname, params HttpRouteRule[] rules) => new() { Hostname = hostname, Rules = [.. rules] };

    private static HttpRouteRule Rule(int ruleIndex, int matchIndex, string path, RouteKind kind = RouteKind.HTTPRoute) => new()
    {
        Provenance = new RuleProvenance { Kind = kind, Namespace = "shop", Name = "web", RuleIndex = ruleIndex, MatchIndex = matchIndex },
        Match = new HttpRouteMatch { Path = new PathMatch { Type = PathMatchType.PathPrefix, Value = path } },
        Backends = kind == RouteKind.GRPCRoute
            ? [new ClusterBackend { ClusterId = "shop/grpc:50051/grpc", Weight = 1 }]
            : [
                new ClusterBackend { ClusterId = "shop/web-v1:8080", Weight = 90 },
                new ClusterBackend { ClusterId = "shop/web-v2:8080", Weight = 10 },
                new InvalidBackend { Reason = "BackendNotFound", Weight = 5 },
            ],
    };
}
