using GitOpsGateway.GatewayApi;
using GitOpsGateway.GatewayApi.Status;
using GitOpsGateway.RouteTables.Clusters;

namespace GitOpsGateway.Translation.Tests.Translation;

public sealed class BackendTranslationTests
{
    private static readonly string Gateway = Manifests.Gateway("- {name: http, port: 80, protocol: HTTP}");

    [Fact]
    public void Endpoint_slices_give_the_ready_addresses_on_the_port_named_like_the_service_port()
    {
        var cluster = SingleCluster(Manifests.Join(
            Manifests.Service("infra", "web", "[{name: http, port: 80, targetPort: 8080}, {name: admin, port: 81}]"),
            """
            apiVersion: discovery.k8s.io/v1
            kind: EndpointSlice
            metadata: {name: web-1, namespace: infra, labels: {kubernetes.io/service-name: web}}
            addressType: IPv4
            ports: [{name: http, port: 8080}, {name: admin, port: 9090}]
            endpoints:
            - {addresses: [10.0.0.2, 10.0.0.1]}
            - {addresses: [10.0.0.3], conditions: {ready: false}}
            ---
            apiVersion: discovery.k8s.io/v1
            kind: EndpointSlice
            metadata: {name: web-2, namespace: infra, labels: {kubernetes.io/service-name: web}}
            addressType: IPv6
            ports: [{name: http, port: 8080}]
            endpoints: [{addresses: ["fd00::1"], conditions: {ready: true}}]
            """), "web", 80);

        Assert.Equal(EndpointResolution.EndpointSlice, cluster.Resolution);
        Assert.Null(cluster.DnsName);
        Assert.Equal(["10.0.0.1:8080", "10.0.0.2:8080", "[fd00::1]:8080"], cluster.Endpoints.Select(endpoint => endpoint.ToString()));
    }

    [Fact]
    public void An_external_name_service_resolves_to_its_dns_name_on_the_service_port()
    {
        var cluster = SingleCluster(
            "apiVersion: v1\nkind: Service\nmetadata: {name: partner, namespace: infra}\nspec: {type: ExternalName, externalName: api.partner.net, ports: [{port: 443}]}",
            "partner",
            443);

        Assert.Equal((EndpointResolution.ExternalName, "api.partner.net"), (cluster.Resolution, cluster.DnsName));
        Assert.Equal(["api.partner.net:443"], cluster.Endpoints.Select(endpoint => endpoint.ToString()));
    }

    [Fact]
    public void Without_slices_a_service_resolves_to_its_cluster_dns_name_under_the_configured_domain()
    {
        var cluster = SingleCluster(Manifests.Service("infra", "web", "[{port: 80, targetPort: 8080}]"), "web", 80, new TranslatorOptions { ClusterDomain = "corp.internal" });

        Assert.Equal((EndpointResolution.ClusterDns, "web.infra.svc.corp.internal"), (cluster.Resolution, cluster.DnsName));
        Assert.Equal(["web.infra.svc.corp.internal:80"], cluster.Endpoints.Select(endpoint => endpoint.ToString()));
    }

    [Fact]
    public void A_headless_service_is_reached_on_its_target_port_because_its_name_resolves_to_the_endpoints()
    {
        var cluster = SingleCluster(
            "apiVersion: v1\nkind: Service\nmetadata: {name: web, namespace: infra}\nspec: {clusterIP: None, ports: [{port: 80, targetPort: 8080}]}", "web", 80);

        Assert.Equal(["web.infra.svc.cluster.local:8080"], cluster.Endpoints.Select(endpoint => endpoint.ToString()));
    }

    [Theory]
    [InlineData("kubernetes.io/h2c", ClusterProtocol.H2c)]
    [InlineData("kubernetes.io/ws", ClusterProtocol.WebSocket)]
    [InlineData("http", ClusterProtocol.Http1)]
    public void The_port_app_protocol_chooses_how_the_node_speaks_http_to_the_backend(string appProtocol, ClusterProtocol expected)
    {
        var cluster = SingleCluster(Manifests.Service("infra", "web", $"[{{port: 80, appProtocol: {appProtocol}}}]"), "web", 80);

        Assert.Equal(expected, cluster.Protocol);
    }

    [Fact]
    public void An_app_protocol_the_node_cannot_speak_makes_the_backend_invalid()
    {
        var result = Results.Translate(Manifests.Join(Gateway, Manifests.Service("infra", "mqtt", "[{port: 1883, appProtocol: mqtt.org/mqtt}]"), Route("mqtt", 1883)));

        var resolved = result.Parent(ResourceKind.HttpRoute, "infra", "route").Conditions.Condition(ConditionTypes.ResolvedRefs);
        Assert.Equal((ConditionStatus.False, ConditionReasons.UnsupportedProtocol), (resolved.Status, resolved.Reason));
        Assert.Empty(result.Table().Clusters);
        Assert.Equal(500, result.Table().Host("http", "*").Rules.Single().FixedResponse!.StatusCode);
    }

    [Fact]
    public void A_backend_of_another_kind_is_invalid_kind()
    {
        var result = Results.Translate(Manifests.Join(Gateway, Route("web", 80).Replace("{name: web, port: 80}", "{group: example.net, kind: Bucket, name: web}", StringComparison.Ordinal)));

        result.Parent(ResourceKind.HttpRoute, "infra", "route").Conditions.AssertCondition(ConditionTypes.ResolvedRefs, ConditionStatus.False, ConditionReasons.InvalidKind);
    }

    [Fact]
    public void Clusters_of_a_table_are_only_those_its_rules_and_mirrors_use()
    {
        var result = Results.Translate(Manifests.Join(
            Gateway,
            Manifests.Service("infra", "web", "[{port: 80}]"),
            Manifests.Service("infra", "shadow", "[{port: 80}]"),
            Manifests.Service("infra", "unused", "[{port: 80}]"),
            """
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: route, namespace: infra}
            spec:
              parentRefs: [{name: edge}]
              rules: [{filters: [{type: RequestMirror, requestMirror: {backendRef: {name: shadow, port: 80}, percent: 10}}], backendRefs: [{name: web, port: 80}]}]
            """));

        Assert.Equal(["infra/shadow:80", "infra/web:80"], result.Table().Clusters.Select(cluster => cluster.Id));
    }

    private static Cluster SingleCluster(string services, string service, int port, TranslatorOptions? options = null)
    {
        var result = Results.Translate(Manifests.Join(Gateway, services, Route(service, port)), options);
        result.Parent(ResourceKind.HttpRoute, "infra", "route").Conditions.AssertCondition(ConditionTypes.ResolvedRefs, ConditionStatus.True, ConditionReasons.ResolvedRefs);
        return Assert.Single(result.Table().Clusters);
    }

    private static string Route(string service, int port) => $$"""
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata: {name: route, namespace: infra}
        spec: {parentRefs: [{name: edge}], rules: [{backendRefs: [{name: {{service}}, port: {{port}}}]}]}
        """;
}
