using GitOpsGateway.GatewayApi.Gateways;

namespace GitOpsGateway.GatewayApi.Tests.Loading;

public sealed class GatewayLoadingTests
{
    [Fact]
    public void A_gateway_class_loads_as_a_cluster_scoped_object()
    {
        var gatewayClass = Manifests.Single<GatewayClass>("""
            apiVersion: gateway.networking.k8s.io/v1
            kind: GatewayClass
            metadata:
              name: gitops
            spec:
              controllerName: gitops-gateway.dev/controller
              description: Served from Git
              parametersRef:
                group: config.gitops-gateway.dev
                kind: Settings
                name: defaults
                namespace: infra
            """);

        Assert.Equal(new ResourceKey(ResourceKind.GatewayClass, "", "gitops"), gatewayClass.Key);
        Assert.Equal("gitops-gateway.dev/controller", gatewayClass.Spec.ControllerName);
        Assert.Equal("Served from Git", gatewayClass.Spec.Description);
        Assert.Equal(new ParametersReference { Group = "config.gitops-gateway.dev", Kind = "Settings", Name = "defaults", Namespace = "infra" }, gatewayClass.Spec.ParametersRef);
    }

    [Fact]
    public void A_gateway_loads_listeners_tls_allowed_routes_addresses_and_infrastructure()
    {
        var gateway = Manifests.Single<Gateway>("""
            apiVersion: gateway.networking.k8s.io/v1
            kind: Gateway
            metadata:
              name: edge
              namespace: infra
              labels: {team: platform}
              generation: 7
              creationTimestamp: "2026-11-20T10:15:00Z"
            spec:
              gatewayClassName: gitops
              listeners:
              - name: http
                port: 80
                protocol: HTTP
                allowedRoutes:
                  namespaces:
                    from: Selector
                    selector:
                      matchLabels: {expose: "true"}
                      matchExpressions:
                      - {key: env, operator: In, values: [prod, staging]}
                  kinds:
                  - kind: HTTPRoute
              - name: https
                hostname: "*.example.com"
                port: 443
                protocol: HTTPS
                tls:
                  certificateRefs:
                  - name: wildcard-cert
                    namespace: certs
                  options:
                    gitops-gateway.dev/min-version: "1.3"
                allowedRoutes:
                  namespaces: {from: All}
              - name: tls
                port: 8443
                protocol: TLS
                tls: {mode: Passthrough}
              addresses:
              - value: 192.0.2.10
              - type: Hostname
                value: edge.example.com
              infrastructure:
                labels: {cost-center: "42"}
                annotations: {example.com/owner: platform}
                parametersRef: {group: config.gitops-gateway.dev, kind: Sizing, name: large}
            """);

        Assert.Equal("infra", gateway.Metadata.Namespace);
        Assert.Equal(7, gateway.Metadata.Generation);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 10, 15, 0, TimeSpan.Zero), gateway.Metadata.CreationTimestamp);
        Assert.Equal("platform", gateway.Metadata.Labels["team"]);
        Assert.Equal(3, gateway.Spec.Listeners.Count);

        var http = gateway.Spec.Listeners[0];
        Assert.Equal((80, "HTTP", null), (http.Port, http.Protocol, http.Hostname));
        Assert.Equal(FromNamespaces.Selector, http.AllowedRoutes.Namespaces.From);
        var selector = Assert.IsType<LabelSelector>(http.AllowedRoutes.Namespaces.Selector);
        Assert.Equal("true", selector.MatchLabels["expose"]);
        Assert.Equal(["prod", "staging"], selector.MatchExpressions.Single().Values);
        Assert.Equal(new RouteGroupKind { Group = ApiGroups.GatewayNetworking, Kind = "HTTPRoute" }, Assert.Single(http.AllowedRoutes.Kinds));

        var https = gateway.Spec.Listeners[1];
        Assert.Equal("*.example.com", https.Hostname);
        var tls = Assert.IsType<ListenerTls>(https.Tls);
        Assert.Equal(TlsModes.Terminate, tls.Mode);
        var certificate = Assert.Single(tls.CertificateRefs);
        Assert.Equal(("", "Secret", "wildcard-cert", "certs"), (certificate.Group, certificate.Kind, certificate.Name, certificate.Namespace));
        Assert.Equal("1.3", tls.Options["gitops-gateway.dev/min-version"]);
        Assert.Equal(FromNamespaces.All, https.AllowedRoutes.Namespaces.From);

        Assert.Equal(TlsModes.Passthrough, gateway.Spec.Listeners[2].Tls!.Mode);
        Assert.Same(AllowedRoutes.Default, gateway.Spec.Listeners[2].AllowedRoutes);

        Assert.Equal(
            [new GatewayAddress { Type = AddressTypes.IPAddress, Value = "192.0.2.10" }, new GatewayAddress { Type = AddressTypes.Hostname, Value = "edge.example.com" }],
            gateway.Spec.Addresses);
        var infrastructure = Assert.IsType<GatewayInfrastructure>(gateway.Spec.Infrastructure);
        Assert.Equal("42", infrastructure.Labels["cost-center"]);
        Assert.Equal("platform", infrastructure.Annotations["example.com/owner"]);
        Assert.Equal("Sizing", infrastructure.ParametersRef!.Kind);
    }

    [Fact]
    public void Omitted_namespace_generation_and_timestamp_get_their_defaults()
    {
        var gateway = Manifests.Single<Gateway>("""
            apiVersion: gateway.networking.k8s.io/v1beta1
            kind: Gateway
            metadata: {name: edge}
            spec:
              gatewayClassName: gitops
              listeners: [{name: http, port: 80, protocol: HTTP}]
            """);

        Assert.Equal(("default", 1L, (DateTimeOffset?)null), (gateway.Metadata.Namespace, gateway.Metadata.Generation, gateway.Metadata.CreationTimestamp));
        Assert.Equal("gateway.networking.k8s.io/v1beta1", gateway.ApiVersion);
        Assert.Equal(RouteNamespaces.Same, gateway.Spec.Listeners[0].AllowedRoutes.Namespaces);
    }
}
