namespace GitOpsGateway.ControlPlane.Tests.Support;

/// <summary>A small valid repository: our GatewayClass, a Gateway, a Service and an HTTPRoute in namespace "shop".</summary>
internal static class Manifests
{
    public const string Infrastructure = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: GatewayClass
        metadata:
          name: gitops
        spec:
          controllerName: gitops-gateway.dev/gateway-controller
        ---
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
        """;

    public static string Service(string label = "web") => $"""
        apiVersion: v1
        kind: Service
        metadata:
          name: web
          namespace: shop
          labels: {"{"}team: {label}{"}"}
        spec:
          ports:
          - name: http
            port: 8080
        """;

    public static string Route(string name = "web", string path = "/") => $"""
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: {name}
          namespace: shop
        spec:
          parentRefs:
          - name: edge
          hostnames: [shop.example.com]
          rules:
          - matches:
            - path: {"{"}type: PathPrefix, value: {path}{"}"}
            backendRefs:
            - name: web
              port: 8080
        """;

    public const string Malformed = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata: [this is: not, a mapping
        """;
}
