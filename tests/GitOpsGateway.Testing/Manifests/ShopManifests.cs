namespace GitOpsGateway.Testing.Manifests;

/// <summary>
/// The small valid repository most integration tests push: our GatewayClass <c>gitops</c>, Gateway <c>shop/edge</c>
/// (one HTTP listener on port 80), Service <c>shop/web</c> (port 8080) and HTTPRoutes for <c>shop.example.com</c>.
/// </summary>
public static class ShopManifests
{
    public const string ControllerName = "gitops-gateway.dev/gateway-controller";

    public const string GatewayClassAndGateway = """
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

    /// <summary>A document that is not valid YAML, for rejection tests.</summary>
    public const string Malformed = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata: [this is: not, a mapping
        """;

    /// <summary>Service <c>shop/web</c>; the label changes its metadata without changing what compiles.</summary>
    public static string Service(string teamLabel = "web") => $"""
        apiVersion: v1
        kind: Service
        metadata:
          name: web
          namespace: shop
          labels: {"{"}team: {teamLabel}{"}"}
        spec:
          ports:
          - name: http
            port: 8080
        """;

    /// <summary>An HTTPRoute on <c>shop/edge</c> sending a path prefix of <c>shop.example.com</c> to <c>shop/web:8080</c>.</summary>
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
}
