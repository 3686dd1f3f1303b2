using GitOpsGateway.GatewayApi.GrpcRoutes;
using GitOpsGateway.GatewayApi.References;
using GitOpsGateway.GatewayApi.Routes;

namespace GitOpsGateway.GatewayApi.Tests.Loading;

public sealed class OtherRouteLoadingTests
{
    [Fact]
    public void A_grpc_route_loads_method_and_header_matches_filters_and_backends()
    {
        var route = Manifests.Single<GrpcRoute>("""
            apiVersion: gateway.networking.k8s.io/v1
            kind: GRPCRoute
            metadata: {name: echo, namespace: apps}
            spec:
              parentRefs: [{name: edge, namespace: infra}]
              hostnames: [grpc.example.com]
              rules:
              - matches:
                - method: {service: grpcecho.GrpcEcho, method: Echo}
                  headers: [{name: version, value: two}]
                - method: {type: RegularExpression, service: "grpcecho\\..*"}
                filters:
                - type: RequestHeaderModifier
                  requestHeaderModifier: {add: [{name: x-added, value: "1"}]}
                backendRefs:
                - name: echo-v1
                  port: 9000
                  weight: 70
                  filters:
                  - type: ResponseHeaderModifier
                    responseHeaderModifier: {remove: [x-internal]}
            """);

        var rule = Assert.Single(route.Spec.Rules);
        Assert.Equal(new GrpcMethodMatch { Type = HeaderMatchTypes.Exact, Service = "grpcecho.GrpcEcho", Method = "Echo" }, rule.Matches[0].Method);
        Assert.Equal(new GrpcHeaderMatch { Name = "version", Value = "two" }, rule.Matches[0].Headers.Single());
        Assert.Equal((HeaderMatchTypes.RegularExpression, (string?)null), (rule.Matches[1].Method!.Type, rule.Matches[1].Method!.Method));
        Assert.Equal("x-added", rule.Filters.Single().RequestHeaderModifier!.Add.Single().Name);
        var backend = rule.BackendRefs.Single();
        Assert.Equal(("echo-v1", 9000, 70), (backend.Name, backend.Port, backend.Weight));
        Assert.Equal(GrpcRouteFilterTypes.ResponseHeaderModifier, backend.Filters.Single().Type);
        Assert.Equal(["grpc.example.com"], route.Hostnames);
    }

    [Fact]
    public void A_grpc_route_without_rules_has_none_since_the_spec_gives_it_no_default()
    {
        var route = Manifests.Single<GrpcRoute>("""
            apiVersion: gateway.networking.k8s.io/v1
            kind: GRPCRoute
            metadata: {name: empty}
            spec: {parentRefs: [{name: edge}]}
            """);

        Assert.Empty(route.Spec.Rules);
    }

    [Theory]
    [InlineData("TLSRoute", "v1alpha2")]
    [InlineData("TLSRoute", "v1alpha3")]
    [InlineData("TLSRoute", "v1")]
    [InlineData("TCPRoute", "v1alpha2")]
    [InlineData("TCPRoute", "v1")]
    [InlineData("UDPRoute", "v1alpha2")]
    [InlineData("UDPRoute", "v1")]
    public void Stream_routes_load_from_every_accepted_api_version(string kind, string version)
    {
        var hostnames = kind == "TLSRoute" ? "hostnames: [db.example.com]" : string.Empty;
        var result = Manifests.Load($"""
            apiVersion: gateway.networking.k8s.io/{version}
            kind: {kind}
            metadata: {"{"}name: stream{"}"}
            spec:
              parentRefs: [{"{"}name: edge, sectionName: {kind.ToLowerInvariant()}{"}"}]
              {hostnames}
              rules:
              - name: only
                backendRefs:
                - {"{"}name: primary, port: 5432, weight: 3{"}"}
                - {"{"}name: replica, port: 5432{"}"}
            """);

        Assert.Empty(result.Diagnostics);
        var route = Assert.IsAssignableFrom<Route>(Assert.Single(result.Resources.Routes));
        Assert.Equal(kind, ResourceKinds.Name(route.Kind));
        Assert.Equal($"gateway.networking.k8s.io/{version}", route.ApiVersion);
        Assert.Equal(kind.ToLowerInvariant(), route.ParentRefs.Single().SectionName);
        var backends = route switch
        {
            TlsRoute tls => tls.Spec.Rules.Single().BackendRefs,
            TcpRoute tcp => tcp.Spec.Rules.Single().BackendRefs,
            UdpRoute udp => udp.Spec.Rules.Single().BackendRefs,
            _ => throw new InvalidOperationException(),
        };
        Assert.Equal([("primary", 3), ("replica", 1)], backends.Select(b => (b.Name, b.Weight)));
        Assert.Equal(kind == "TLSRoute" ? ["db.example.com"] : [], route.Hostnames);
    }

    [Fact]
    public void A_reference_grant_loads_from_and_to()
    {
        var grant = Manifests.Single<ReferenceGrant>("""
            apiVersion: gateway.networking.k8s.io/v1beta1
            kind: ReferenceGrant
            metadata: {name: allow-apps, namespace: backends}
            spec:
              from:
              - {group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: apps}
              to:
              - {group: "", kind: Service}
              - {group: "", kind: Secret, name: shared-cert}
            """);

        Assert.Equal(new ReferenceGrantFrom { Group = ApiGroups.GatewayNetworking, Kind = "HTTPRoute", Namespace = "apps" }, grant.Spec.From.Single());
        Assert.Equal([null, "shared-cert"], grant.Spec.To.Select(to => to.Name));
        Assert.True(grant.Allows(ApiGroups.GatewayNetworking, "HTTPRoute", "apps", "", "Service", "anything"));
        Assert.False(grant.Allows(ApiGroups.GatewayNetworking, "HTTPRoute", "other", "", "Service", "anything"));
        Assert.False(grant.Allows(ApiGroups.GatewayNetworking, "HTTPRoute", "apps", "", "Secret", "another-cert"));
    }
}
