namespace GitOpsGateway.ControlPlane.Tests.Replay;

/// <summary>The manifests of the replay history beyond the shared shop ones: a canary Service, weighted and extra routes.</summary>
internal static class ReplayManifests
{
    public const string CanaryService = """
        apiVersion: v1
        kind: Service
        metadata:
          name: web-v2
          namespace: shop
        spec:
          ports:
          - name: http
            port: 8080
        """;

    /// <summary>HTTPRoute <c>shop/web</c> splitting <paramref name="path"/> between <c>web</c> and <c>web-v2</c>.</summary>
    public static string WeightedWebRoute(int web, int canary, string path = "/") => $$"""
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
            - path: {type: PathPrefix, value: {{path}}}
            backendRefs:
            - {name: web, port: 8080, weight: {{web}}}
            - {name: web-v2, port: 8080, weight: {{canary}}}
        """;

    /// <summary>An HTTPRoute named <paramref name="name"/> for <paramref name="hostname"/> sending <paramref name="path"/> to <c>web</c>.</summary>
    public static string Route(string name, string hostname, string path) => $$"""
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: {{name}}
          namespace: shop
        spec:
          parentRefs:
          - name: edge
          hostnames: [{{hostname}}]
          rules:
          - matches:
            - path: {type: PathPrefix, value: {{path}}}
            backendRefs:
            - {name: web, port: 8080}
        """;
}
