using GitOpsGateway.GatewayApi.Kubernetes;

namespace GitOpsGateway.GatewayApi.Tests.Loading;

public sealed class KubernetesLoadingTests
{
    [Fact]
    public void A_namespace_keeps_its_labels_and_has_no_namespace_of_its_own()
    {
        var result = Manifests.Load("""
            apiVersion: v1
            kind: Namespace
            metadata:
              name: apps
              namespace: ignored
              labels: {expose: "true"}
            """);

        var space = Assert.IsType<KubernetesNamespace>(Assert.Single(result.Resources.All));
        Assert.Equal(new ResourceKey(ResourceKind.Namespace, "", "apps"), space.Key);
        Assert.Equal("true", space.Metadata.Labels["expose"]);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("metadata.namespace", 5, 14), (warning.FieldPath, warning.Location.Line, warning.Location.Column));
    }

    [Fact]
    public void A_service_loads_type_cluster_ip_external_name_and_ports()
    {
        var service = Manifests.Single<Service>("""
            apiVersion: v1
            kind: Service
            metadata: {name: web, namespace: apps}
            spec:
              clusterIP: None
              ports:
              - {name: http, port: 80, targetPort: 8080, appProtocol: kubernetes.io/h2c}
              - {name: metrics, port: 9090, targetPort: metrics, protocol: UDP}
            """);

        Assert.Equal((ServiceTypes.ClusterIP, true), (service.Spec.Type, service.Spec.IsHeadless));
        Assert.Equal(new ServicePort { Name = "http", Port = 80, TargetPort = IntOrString.FromNumber(8080), AppProtocol = "kubernetes.io/h2c" }, service.Spec.Ports[0]);
        Assert.Equal((IntOrString.FromName("metrics"), "UDP"), (service.Spec.Ports[1].TargetPort, service.Spec.Ports[1].Protocol));

        var external = Manifests.Single<Service>("""
            apiVersion: v1
            kind: Service
            metadata: {name: search}
            spec: {type: ExternalName, externalName: search.example.net}
            """);
        Assert.Equal((ServiceTypes.ExternalName, "search.example.net"), (external.Spec.Type, external.Spec.ExternalName));
    }

    [Fact]
    public void An_endpoint_slice_loads_addresses_conditions_ports_and_its_service()
    {
        var slice = Manifests.Single<EndpointSlice>("""
            apiVersion: discovery.k8s.io/v1
            kind: EndpointSlice
            metadata:
              name: web-manual
              namespace: apps
              labels: {kubernetes.io/service-name: web}
            addressType: IPv4
            endpoints:
            - addresses: [10.0.0.5]
              conditions: {ready: true}
              hostname: web-0
            - addresses: [10.0.0.6]
              conditions: {ready: false, terminating: true}
            ports:
            - {name: http, port: 8080, appProtocol: http}
            """);

        Assert.Equal(("IPv4", "web"), (slice.AddressType, slice.ServiceName));
        Assert.Equal(["10.0.0.5"], slice.Endpoints[0].Addresses);
        Assert.Equal((true, "web-0"), (slice.Endpoints[0].Conditions.IsReady, slice.Endpoints[0].Hostname));
        Assert.Equal((false, true), (slice.Endpoints[1].Conditions.IsReady, slice.Endpoints[1].Conditions.Terminating));
        Assert.Equal(new EndpointPort { Name = "http", Port = 8080, Protocol = "TCP", AppProtocol = "http" }, slice.Ports.Single());
    }

    [Fact]
    public void A_tls_secret_keeps_key_names_and_certificate_bytes()
    {
        var secret = Manifests.Single<Secret>("""
            apiVersion: v1
            kind: Secret
            metadata: {name: shop-cert, namespace: apps}
            type: kubernetes.io/tls
            data:
              tls.crt: Q0VSVElGSUNBVEU=
              tls.key: UFJJVkFURSBLRVk=
            stringData:
              ca.crt: plain text
            """);

        Assert.Equal(SecretTypes.Tls, secret.Type);
        Assert.Equal(["ca.crt", "tls.crt", "tls.key"], secret.Keys);
        Assert.Equal("CERTIFICATE"u8.ToArray(), secret.Certificate!.ToArray());
        Assert.Equal("PRIVATE KEY"u8.ToArray(), secret.PrivateKey!.ToArray());
    }

    [Fact]
    public void Printing_a_secret_or_its_diagnostics_never_shows_key_material()
    {
        var secret = Manifests.Single<Secret>("""
            apiVersion: v1
            kind: Secret
            metadata: {name: shop-cert}
            type: kubernetes.io/tls
            stringData:
              tls.crt: "-----BEGIN CERTIFICATE-----MIIBszCCAVmgAwIBAgIU"
              tls.key: "-----BEGIN PRIVATE KEY-----TOPSECRETKEYMATERIAL"
            """);

        var printed = secret.ToString();
        Assert.DoesNotContain("TOPSECRETKEYMATERIAL", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("MIIBszCCAVmgAwIBAgIU", printed, StringComparison.Ordinal);
        Assert.Contains("<redacted", printed, StringComparison.Ordinal);

        var invalid = Manifests.Load("""
            apiVersion: v1
            kind: Secret
            metadata: {name: broken}
            data: {tls.key: "TOPSECRET!!not-base64"}
            """);
        var error = Assert.Single(invalid.Diagnostics);
        Assert.Equal("data.tls.key", error.FieldPath);
        Assert.DoesNotContain("TOPSECRET", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_ingress_loads_rules_paths_backends_and_tls()
    {
        var ingress = Manifests.Single<Ingress>("""
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: legacy
              annotations: {nginx.ingress.kubernetes.io/rewrite-target: /}
            spec:
              ingressClassName: nginx
              defaultBackend:
                service: {name: fallback, port: {number: 80}}
              tls:
              - hosts: [shop.example.com]
                secretName: shop-cert
              rules:
              - host: shop.example.com
                http:
                  paths:
                  - path: /api
                    pathType: Prefix
                    backend:
                      service: {name: api, port: {name: http}}
                  - path: /static
                    pathType: Exact
                    backend:
                      resource: {apiGroup: storage.example.com, kind: Bucket, name: assets}
            """);

        Assert.Equal(("nginx", "fallback", 80), (ingress.Spec.IngressClassName, ingress.Spec.DefaultBackend!.Service!.Name, ingress.Spec.DefaultBackend.Service.PortNumber));
        var rule = ingress.Spec.Rules.Single();
        Assert.Equal("shop.example.com", rule.Host);
        Assert.Equal(("/api", "Prefix", "api", "http"), (rule.Paths[0].Path, rule.Paths[0].PathType, rule.Paths[0].Backend.Service!.Name, rule.Paths[0].Backend.Service!.PortName));
        Assert.Equal("Bucket", rule.Paths[1].Backend.Resource!.Kind);
        Assert.Equal(["shop.example.com"], ingress.Spec.Tls.Single().Hosts);
        Assert.Equal("shop-cert", ingress.Spec.Tls.Single().SecretName);
    }
}
