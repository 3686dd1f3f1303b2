namespace GitOpsGateway.Cli.Tests.Server;

/// <summary>A Gateway and one HTTPRoute in namespace "shop", the route's path given.</summary>
internal static class ServerManifests
{
    public const string Folder = "gateway";

    public const string Gateway = """
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

    public static string Route(string path) => $"""
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: web
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
}
