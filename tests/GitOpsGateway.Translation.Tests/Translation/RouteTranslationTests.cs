using GitOpsGateway.GatewayApi;
using GitOpsGateway.GatewayApi.Status;
using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Backends;
using GitOpsGateway.Routing;
using GitOpsGateway.Routing.Decisions;

namespace GitOpsGateway.Translation.Tests.Translation;

public sealed class RouteTranslationTests
{
    private static readonly string HttpGateway = Manifests.Join(
        Manifests.Gateway("- {name: http, port: 80, protocol: HTTP, allowedRoutes: {namespaces: {from: All}}}"),
        Manifests.Service("apps", "web"),
        Manifests.Service("apps", "grpc", "[{name: grpc, port: 9000, appProtocol: kubernetes.io/h2c}]"));

    [Fact]
    public void A_parent_gateway_that_does_not_exist_gives_a_diagnostic_and_no_status()
    {
        var result = Results.Translate(Manifests.Join(HttpGateway, """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: lost, namespace: apps}
            spec: {parentRefs: [{name: no-such-gateway, namespace: infra}], rules: [{backendRefs: [{name: web, port: 8080}]}]}
            """));

        Assert.False(result.Routes.ContainsKey(new ResourceKey(ResourceKind.HttpRoute, "apps", "lost")));
        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Message.Contains("infra/no-such-gateway", StringComparison.Ordinal) && diagnostic.FieldPath == "spec.parentRefs[0]");
    }

    [Fact]
    public void A_rule_dropped_by_validation_leaves_the_route_accepted_and_partially_invalid()
    {
        var result = Results.Translate(Manifests.Join(HttpGateway, """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: mixed, namespace: apps}
            spec:
              parentRefs: [{name: edge, namespace: infra}]
              rules:
              - matches: [{path: {type: PathPrefix, value: /good}}]
                backendRefs: [{name: web, port: 8080}]
              - matches: [{path: {type: PathPrefix, value: //bad}}]
                backendRefs: [{name: web, port: 8080}]
            """));

        var parent = result.Parent(ResourceKind.HttpRoute, "apps", "mixed");
        parent.Conditions.AssertCondition(ConditionTypes.Accepted, ConditionStatus.True, ConditionReasons.Accepted);
        var partial = parent.Conditions.Condition(ConditionTypes.PartiallyInvalid);
        Assert.True(partial.IsTrue);
        Assert.StartsWith("Dropped Rule", partial.Message, StringComparison.Ordinal);
        Assert.Equal([0], result.Table().Host("http", "*").Rules.Select(rule => rule.Provenance.RuleIndex));
        Assert.Equal(1, result.Listener("http").AttachedRoutes);
    }

    [Fact]
    public void Some_invalid_backends_keep_their_share_and_the_route_accepted()
    {
        var result = Results.Translate(Manifests.Join(HttpGateway, """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: split, namespace: apps}
            spec:
              parentRefs: [{name: edge, namespace: infra}]
              rules: [{backendRefs: [{name: web, port: 8080, weight: 3}, {name: gone, port: 8080, weight: 1}, {name: web, port: 9999}]}]
            """));

        var parent = result.Parent(ResourceKind.HttpRoute, "apps", "split");
        parent.Conditions.AssertCondition(ConditionTypes.Accepted, ConditionStatus.True, ConditionReasons.Accepted);
        var resolved = parent.Conditions.Condition(ConditionTypes.ResolvedRefs);
        Assert.Equal((ConditionStatus.False, ConditionReasons.BackendNotFound), (resolved.Status, resolved.Reason));
        Assert.Contains("apps/gone does not exist", resolved.Message, StringComparison.Ordinal);
        Assert.Contains("has no port 9999 (its ports: 8080)", resolved.Message, StringComparison.Ordinal);
        var rule = Assert.Single(result.Table().Host("http", "*").Rules);
        Assert.Null(rule.FixedResponse);
        Assert.Equal(
            ["Cluster apps/web:8080 3", "Invalid BackendNotFound 1", "Invalid BackendNotFound 1"],
            rule.Backends.Select(backend => backend switch
            {
                ClusterBackend cluster => $"Cluster {cluster.ClusterId} {cluster.Weight}",
                InvalidBackend invalid => $"Invalid {invalid.Reason} {invalid.Weight}",
                _ => "?",
            }));
    }

    [Fact]
    public void A_rule_without_any_usable_backend_answers_500_and_a_redirect_needs_none()
    {
        var result = Results.Translate(Manifests.Join(HttpGateway, """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: answers, namespace: apps}
            spec:
              parentRefs: [{name: edge, namespace: infra}]
              rules:
              - matches: [{path: {value: /none}}]
              - matches: [{path: {value: /zero}}]
                backendRefs: [{name: web, port: 8080, weight: 0}]
              - matches: [{path: {value: /moved}}]
                filters: [{type: RequestRedirect, requestRedirect: {scheme: https}}]
            """));

        var rules = result.Table().Host("http", "*").Rules.ToDictionary(rule => rule.Match.Path.Value);
        Assert.Equal(500, rules["/none"].FixedResponse!.StatusCode);
        Assert.Equal(500, rules["/zero"].FixedResponse!.StatusCode);
        Assert.Null(rules["/moved"].FixedResponse);
        var redirect = Assert.IsType<RouteTables.Filters.RequestRedirectFilter>(Assert.Single(rules["/moved"].Filters));
        Assert.Equal(443, redirect.Port);
    }

    [Fact]
    public void Tcp_routes_sharing_a_listener_are_all_accepted_and_counted_but_the_oldest_serves()
    {
        var result = Results.Translate(Manifests.Join(
            Manifests.Gateway("- {name: tcp, port: 5432, protocol: TCP}"),
            Manifests.Service("infra", "db-old", "[{port: 5432}]"),
            Manifests.Service("infra", "db-new", "[{port: 5432}]"),
            """
            apiVersion: gateway.networking.k8s.io/v1alpha2
            kind: TCPRoute
            metadata: {name: a-newer, namespace: infra, creationTimestamp: "2026-02-01T00:00:00Z"}
            spec: {parentRefs: [{name: edge}], rules: [{backendRefs: [{name: db-new, port: 5432}]}]}
            ---
            apiVersion: gateway.networking.k8s.io/v1alpha2
            kind: TCPRoute
            metadata: {name: z-older, namespace: infra, creationTimestamp: "2026-01-01T00:00:00Z"}
            spec: {parentRefs: [{name: edge}], rules: [{backendRefs: [{name: db-old, port: 5432}]}]}
            """));

        result.Parent(ResourceKind.TcpRoute, "infra", "a-newer").Conditions.AssertCondition(ConditionTypes.Accepted, ConditionStatus.True, ConditionReasons.Accepted);
        result.Parent(ResourceKind.TcpRoute, "infra", "z-older").Conditions.AssertCondition(ConditionTypes.Accepted, ConditionStatus.True, ConditionReasons.Accepted);
        Assert.Equal(2, result.Listener("tcp").AttachedRoutes);
        var route = Assert.Single(result.Table().L4Routes);
        Assert.Equal("z-older", route.Provenance.Name);
        Assert.Equal("infra/db-old:5432/tcp", Assert.IsType<ClusterBackend>(Assert.Single(route.Backends)).ClusterId);
        Assert.Contains(result.Diagnostics, diagnostic =>
            diagnostic.Object == new ResourceKey(ResourceKind.TcpRoute, "infra", "a-newer") && diagnostic.Message.Contains("TCPRoute/infra/z-older serves the listener", StringComparison.Ordinal));
    }

    [Fact]
    public void Tls_passthrough_routes_each_keep_the_sni_names_no_older_route_claimed()
    {
        var result = Results.Translate(Manifests.Join(
            Manifests.Gateway("- {name: tls, port: 443, protocol: TLS, hostname: \"*.example.com\", tls: {mode: Passthrough}}"),
            Manifests.Service("infra", "tls-backend", "[{port: 443}]"),
            """
            apiVersion: gateway.networking.k8s.io/v1alpha2
            kind: TLSRoute
            metadata: {name: first, namespace: infra, creationTimestamp: "2026-01-01T00:00:00Z"}
            spec: {parentRefs: [{name: edge}], hostnames: [a.example.com, b.example.com], rules: [{backendRefs: [{name: tls-backend, port: 443}]}]}
            ---
            apiVersion: gateway.networking.k8s.io/v1alpha2
            kind: TLSRoute
            metadata: {name: second, namespace: infra, creationTimestamp: "2026-01-02T00:00:00Z"}
            spec: {parentRefs: [{name: edge}], hostnames: [b.example.com, c.example.com, other.org], rules: [{backendRefs: [{name: tls-backend, port: 443}]}]}
            """));

        Assert.Equal(
            ["first: a.example.com, b.example.com", "second: c.example.com"],
            result.Table().L4Routes.Select(route => $"{route.Provenance.Name}: {string.Join(", ", route.Hostnames)}"));
        Assert.Equal(2, result.Listener("tls").AttachedRoutes);
    }

    [Fact]
    public void Of_an_httproute_and_a_grpcroute_sharing_hostnames_on_a_listener_only_the_older_is_accepted()
    {
        var result = Results.Translate(Manifests.Join(HttpGateway, """
            apiVersion: gateway.networking.k8s.io/v1
            kind: GRPCRoute
            metadata: {name: rpc, namespace: apps, creationTimestamp: "2026-01-01T00:00:00Z"}
            spec: {parentRefs: [{name: edge, namespace: infra}], hostnames: [api.example.com], rules: [{backendRefs: [{name: grpc, port: 9000}]}]}
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: web, namespace: apps, creationTimestamp: "2026-03-01T00:00:00Z"}
            spec: {parentRefs: [{name: edge, namespace: infra}], hostnames: ["*.example.com"], rules: [{backendRefs: [{name: web, port: 8080}]}]}
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: elsewhere, namespace: apps}
            spec: {parentRefs: [{name: edge, namespace: infra}], hostnames: [web.example.org], rules: [{backendRefs: [{name: web, port: 8080}]}]}
            """));

        result.Parent(ResourceKind.GrpcRoute, "apps", "rpc").Conditions.AssertCondition(ConditionTypes.Accepted, ConditionStatus.True, ConditionReasons.Accepted);
        var rejected = result.Parent(ResourceKind.HttpRoute, "apps", "web").Conditions.Condition(ConditionTypes.Accepted);
        Assert.Equal((ConditionStatus.False, ConditionReasons.NotAllowedByListeners), (rejected.Status, rejected.Reason));
        Assert.Contains("GRPCRoute/apps/rpc", rejected.Message, StringComparison.Ordinal);
        result.Parent(ResourceKind.HttpRoute, "apps", "elsewhere").Conditions.AssertCondition(ConditionTypes.Accepted, ConditionStatus.True, ConditionReasons.Accepted);
        Assert.Equal(2, result.Listener("http").AttachedRoutes);
        var grpcRule = Assert.Single(result.Table().Host("http", "api.example.com").Rules);
        Assert.Equal(RouteKind.GRPCRoute, grpcRule.Provenance.Kind);
        Assert.Equal("apps/grpc:9000/grpc", Assert.IsType<ClusterBackend>(Assert.Single(grpcRule.Backends)).ClusterId);
    }

    [Fact]
    public void A_wildcard_route_hostname_under_an_exact_listener_is_served_as_the_listener_hostname()
    {
        var result = Results.Translate(Manifests.Join(
            Manifests.Gateway("- {name: exact, port: 80, protocol: HTTP, hostname: shop.example.com, allowedRoutes: {namespaces: {from: All}}}"),
            Manifests.Service("apps", "web"),
            """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: wild, namespace: apps}
            spec: {parentRefs: [{name: edge, namespace: infra}], hostnames: ["*.example.com", other.net], rules: [{backendRefs: [{name: web, port: 8080}]}]}
            """));

        Assert.Equal(["shop.example.com"], result.Table().HttpPorts.Single().Listeners.Single().VirtualHosts.Select(host => host.Hostname));
    }

    [Fact]
    public void Each_rule_is_written_under_its_own_route_hostname_and_requests_fall_through_to_less_specific_hosts()
    {
        var result = Results.Translate(Manifests.Join(HttpGateway, """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: catch-all, namespace: apps}
            spec: {parentRefs: [{name: edge, namespace: infra}], rules: [{matches: [{path: {type: Exact, value: /exact}}], backendRefs: [{name: web, port: 8080}]}]}
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: wildcard, namespace: apps}
            spec: {parentRefs: [{name: edge, namespace: infra}], hostnames: ["*.example.com"], rules: [{matches: [{path: {value: /w}}], backendRefs: [{name: web, port: 8080}]}]}
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: exact, namespace: apps}
            spec: {parentRefs: [{name: edge, namespace: infra}], hostnames: [a.example.com], rules: [{matches: [{path: {value: /a}}], backendRefs: [{name: web, port: 8080}]}]}
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: both, namespace: apps}
            spec: {parentRefs: [{name: edge, namespace: infra}], hostnames: [b.example.com, "*.example.com"], rules: [{matches: [{path: {value: /b}}], backendRefs: [{name: web, port: 8080}]}]}
            """));

        var table = result.Table();
        Assert.Equal(["exact"], table.Host("http", "a.example.com").Rules.Select(rule => rule.Provenance.Name));
        Assert.Equal(["both"], table.Host("http", "b.example.com").Rules.Select(rule => rule.Provenance.Name));
        Assert.Equal(["both", "wildcard"], table.Host("http", "*.example.com").Rules.Select(rule => rule.Provenance.Name));
        Assert.Equal(["catch-all"], table.Host("http", "*").Rules.Select(rule => rule.Provenance.Name));

        var router = CompiledRouter.Build(table);
        var served = (string host, string path) => router.Route(new RouteRequest { Port = 80, Scheme = RequestScheme.Http, Host = host, Method = "GET", Path = path }) switch
        {
            Forward forward => forward.Rule.Name,
            NotFound => "404",
            var other => other.ToString(),
        };
        Assert.Equal(
            ["exact", "wildcard", "both", "catch-all", "404", "both", "wildcard", "404", "catch-all"],
            [
                served("a.example.com", "/a"), served("a.example.com", "/w"), served("a.example.com", "/b"), served("a.example.com", "/exact"),
                served("a.example.com", "/other"), served("b.example.com", "/b"), served("b.example.com", "/w"), served("example.com", "/w"),
                served("example.com", "/exact"),
            ]);
    }

    [Fact]
    public void A_route_attached_through_two_listeners_is_compiled_for_each_and_counted_on_each()
    {
        var result = Results.Translate(Manifests.Join(
            Manifests.Gateway("""
                - {name: one, port: 80, protocol: HTTP, hostname: one.example.com, allowedRoutes: {namespaces: {from: All}}}
                - {name: two, port: 8080, protocol: HTTP, allowedRoutes: {namespaces: {from: All}}}
                """),
            Manifests.Service("apps", "web"),
            """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: both, namespace: apps}
            spec: {parentRefs: [{name: edge, namespace: infra}], rules: [{backendRefs: [{name: web, port: 8080}]}]}
            """));

        Assert.Equal(1, result.Listener("one").AttachedRoutes);
        Assert.Equal(1, result.Listener("two").AttachedRoutes);
        Assert.Equal("Accepted by listener(s) one, two.", result.Parent(ResourceKind.HttpRoute, "apps", "both").Conditions.Condition(ConditionTypes.Accepted).Message);
        Assert.Single(result.Table().Host("one", "one.example.com").Rules);
        Assert.Single(result.Table().Host("two", "*").Rules);
    }
}
