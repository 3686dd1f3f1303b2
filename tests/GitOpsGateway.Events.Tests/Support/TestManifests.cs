namespace GitOpsGateway.Events.Tests.Support;

/// <summary>A small, valid repository: a class of ours, a Gateway with HTTP and HTTPS listeners, a route, a Service, a TLS Secret.</summary>
internal static class TestManifests
{
    public const string GatewayClass = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: GatewayClass
        metadata:
          name: gitops
        spec:
          controllerName: gitops-gateway.dev/gateway-controller
        """;

    public const string Gateway = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: Gateway
        metadata:
          name: edge
          namespace: shop
        spec:
          gatewayClassName: gitops
          listeners:
          - name: http
            port: 80
            protocol: HTTP
          - name: https
            port: 443
            protocol: HTTPS
            hostname: shop.example.com
            tls:
              mode: Terminate
              certificateRefs:
              - name: shop-tls
        """;

    public const string Service = """
        apiVersion: v1
        kind: Service
        metadata:
          name: web
          namespace: shop
        spec:
          ports:
          - name: http
            port: 8080
        """;

    public static string Secret => $"""
        apiVersion: v1
        kind: Secret
        metadata:
          name: shop-tls
          namespace: shop
        type: kubernetes.io/tls
        data:
          tls.crt: {TlsMaterial.CertificateBase64}
          tls.key: {TlsMaterial.KeyBase64}
        """;

    public static string Route(string path = "/", int port = 8080, string labels = "{app: web}") => $"""
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: web
          namespace: shop
          labels: {labels}
        spec:
          parentRefs:
          - name: edge
          hostnames: [shop.example.com]
          rules:
          - matches:
            - path: {"{"}type: PathPrefix, value: {path}{"}"}
            backendRefs:
            - name: web
              port: {port}
        """;

    /// <summary>The whole repository as files; <paramref name="route"/> replaces the route's file.</summary>
    public static Dictionary<string, string> Repository(string? route = null) => new(StringComparer.Ordinal)
    {
        ["gateway/class.yaml"] = GatewayClass,
        ["gateway/edge.yaml"] = Gateway + "\n---\n" + Secret,
        ["apps/web.yaml"] = Service + "\n---\n" + (route ?? Route()),
    };
}
