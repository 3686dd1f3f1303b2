using GitOpsGateway.GatewayApi.HttpRoutes;
using GitOpsGateway.GatewayApi.Routes;

namespace GitOpsGateway.GatewayApi.Tests.Loading;

public sealed class HttpRouteLoadingTests
{
    private const string Route = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: shop
          namespace: apps
        spec:
          parentRefs:
          - name: edge
            namespace: infra
            sectionName: https
          - {group: "", kind: Service, name: mesh-svc, port: 8080}
          hostnames: [shop.example.com, "*.shop.example.com"]
          rules:
          - name: api
            matches:
            - path: {type: PathPrefix, value: /api}
              headers:
              - {name: X-Version, value: "2"}
              - {type: RegularExpression, name: X-Tenant, value: "t-[0-9]+"}
              queryParams:
              - {name: debug, value: "1"}
              method: POST
            filters:
            - type: RequestHeaderModifier
              requestHeaderModifier:
                set: [{name: X-Env, value: prod}]
                add: [{name: X-Trace, value: on}]
                remove: [X-Internal]
            - type: ResponseHeaderModifier
              responseHeaderModifier: {remove: [Server]}
            - type: RequestMirror
              requestMirror:
                backendRef: {name: shadow, port: 80}
                fraction: {numerator: 1, denominator: 10}
            - type: URLRewrite
              urlRewrite:
                hostname: internal.shop
                path: {type: ReplacePrefixMatch, replacePrefixMatch: /v2}
            - type: CORS
              cors:
                allowOrigins: ["https://*.example.com"]
                allowMethods: [GET, POST]
                allowCredentials: true
            - type: ExtensionRef
              extensionRef: {group: gitops-gateway.dev, kind: RateLimit, name: gentle}
            backendRefs:
            - name: shop-v1
              port: 8080
              weight: 90
            - name: shop-v2
              namespace: canary
              port: 8080
              weight: 10
              filters:
              - type: RequestHeaderModifier
                requestHeaderModifier:
                  set: [{name: X-Canary, value: "yes"}]
            timeouts: {request: 10s, backendRequest: 2s}
            retry: {codes: [502, 503], attempts: 3, backoff: 100ms}
            sessionPersistence:
              type: Cookie
              absoluteTimeout: 1h
              cookie: {name: shop-session, lifetimeType: Permanent}
          - matches:
            - path: {type: Exact, value: /old}
            filters:
            - type: RequestRedirect
              requestRedirect: {scheme: https, hostname: shop.example.com, port: 443, statusCode: 301, path: {type: ReplaceFullPath, replaceFullPath: /new}}
        """;

    [Fact]
    public void Parent_refs_and_hostnames_load_with_the_spec_defaults()
    {
        var route = Manifests.Single<HttpRoute>(Route);

        Assert.Equal(new ResourceKey(ResourceKind.HttpRoute, "apps", "shop"), route.Key);
        Assert.Equal(
            new ParentReference { Group = ApiGroups.GatewayNetworking, Kind = "Gateway", Namespace = "infra", Name = "edge", SectionName = "https" },
            route.ParentRefs[0]);
        Assert.Equal(new ParentReference { Group = "", Kind = "Service", Name = "mesh-svc", Port = 8080 }, route.ParentRefs[1]);
        Assert.Equal(["shop.example.com", "*.shop.example.com"], route.Hostnames);
    }

    [Fact]
    public void Matches_load_path_headers_query_parameters_and_method()
    {
        var match = Manifests.Single<HttpRoute>(Route).Spec.Rules[0].Matches.Single();

        Assert.Equal("api", Manifests.Single<HttpRoute>(Route).Spec.Rules[0].Name);
        Assert.Equal(new HttpPathMatch { Type = PathMatchTypes.PathPrefix, Value = "/api" }, match.Path);
        Assert.Equal(new HttpHeaderMatch { Type = HeaderMatchTypes.Exact, Name = "X-Version", Value = "2" }, match.Headers[0]);
        Assert.Equal(HeaderMatchTypes.RegularExpression, match.Headers[1].Type);
        Assert.Equal(new HttpQueryParamMatch { Name = "debug", Value = "1" }, Assert.Single(match.QueryParams));
        Assert.Equal("POST", match.Method);
    }

    [Fact]
    public void Every_filter_type_loads_its_configuration()
    {
        var filters = Manifests.Single<HttpRoute>(Route).Spec.Rules[0].Filters;

        Assert.Equal(
            [
                HttpRouteFilterTypes.RequestHeaderModifier, HttpRouteFilterTypes.ResponseHeaderModifier, HttpRouteFilterTypes.RequestMirror,
                HttpRouteFilterTypes.UrlRewrite, HttpRouteFilterTypes.Cors, HttpRouteFilterTypes.ExtensionRef,
            ],
            filters.Select(f => f.Type));
        var request = filters[0].RequestHeaderModifier!;
        Assert.Equal((new HttpHeader { Name = "X-Env", Value = "prod" }, "on", "X-Internal"), (request.Set.Single(), request.Add.Single().Value, request.Remove.Single()));
        Assert.Equal(["Server"], filters[1].ResponseHeaderModifier!.Remove);
        var mirror = filters[2].RequestMirror!;
        Assert.Equal(("shadow", 80, 0.1), (mirror.BackendRef.Name, mirror.BackendRef.Port!.Value, mirror.MirroredShare));
        Assert.Equal(new HttpPathModifier { Type = HttpPathModifierTypes.ReplacePrefixMatch, ReplacePrefixMatch = "/v2" }, filters[3].UrlRewrite!.Path);
        Assert.Equal("internal.shop", filters[3].UrlRewrite!.Hostname);
        var cors = filters[4].Cors!;
        Assert.Equal(["https://*.example.com"], cors.AllowOrigins);
        Assert.Equal((true, 5), (cors.AllowCredentials, cors.MaxAge));
        Assert.Equal(["GET", "POST"], cors.AllowMethods);
        Assert.Equal("RateLimit", filters[5].ExtensionRef!.Kind);
        Assert.Null(filters[0].RequestRedirect);
    }

    [Fact]
    public void A_redirect_loads_scheme_host_port_status_and_path()
    {
        var redirect = Manifests.Single<HttpRoute>(Route).Spec.Rules[1].Filters.Single().RequestRedirect!;

        Assert.Equal(("https", "shop.example.com", 443, 301), (redirect.Scheme, redirect.Hostname, redirect.Port, redirect.StatusCode));
        Assert.Equal("/new", redirect.Path!.ReplaceFullPath);
    }

    [Fact]
    public void Backend_refs_load_weights_namespaces_and_their_own_filters()
    {
        var backends = Manifests.Single<HttpRoute>(Route).Spec.Rules[0].BackendRefs;

        Assert.Equal(("", "Service", "shop-v1", null, 8080, 90), (backends[0].Group, backends[0].Kind, backends[0].Name, backends[0].Namespace, backends[0].Port, backends[0].Weight));
        Assert.Equal(("canary", 10), (backends[1].Namespace, backends[1].Weight));
        Assert.Equal("X-Canary", backends[1].Filters.Single().RequestHeaderModifier!.Set.Single().Name);
        Assert.True(backends[0].IsService);
    }

    [Fact]
    public void Timeouts_retry_and_session_persistence_load()
    {
        var rule = Manifests.Single<HttpRoute>(Route).Spec.Rules[0];

        Assert.Equal(new HttpRouteTimeouts { Request = "10s", BackendRequest = "2s" }, rule.Timeouts);
        Assert.Equal([502, 503], rule.Retry!.Codes);
        Assert.Equal((3, "100ms"), (rule.Retry.Attempts, rule.Retry.Backoff));
        Assert.Equal(("Cookie", "1h", "shop-session", "Permanent", "/"),
            (rule.SessionPersistence!.Type, rule.SessionPersistence.AbsoluteTimeout, rule.SessionPersistence.Cookie!.Name, rule.SessionPersistence.Cookie.LifetimeType, rule.SessionPersistence.Cookie.Path));
    }

    [Fact]
    public void A_route_without_rules_gets_one_rule_matching_every_path()
    {
        var route = Manifests.Single<HttpRoute>("""
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: catch-all}
            spec:
              parentRefs: [{name: edge}]
            """);

        var rule = Assert.Single(route.Spec.Rules);
        Assert.Equal(new HttpPathMatch { Type = PathMatchTypes.PathPrefix, Value = "/" }, Assert.Single(rule.Matches).Path);
        Assert.Empty(rule.BackendRefs);
    }

    [Fact]
    public void A_rule_without_matches_matches_every_path_and_a_backend_without_weight_weighs_one()
    {
        var route = Manifests.Single<HttpRoute>("""
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: simple}
            spec:
              rules:
              - backendRefs: [{name: web, port: 80}]
              - matches: []
            """);

        Assert.All(route.Spec.Rules, rule => Assert.Equal(HttpRouteMatch.Default, Assert.Single(rule.Matches)));
        Assert.Equal(1, route.Spec.Rules[0].BackendRefs.Single().Weight);
    }
}
