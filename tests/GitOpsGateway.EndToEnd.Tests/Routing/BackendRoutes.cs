namespace GitOpsGateway.EndToEnd.Tests.Routing;

/// <summary>
/// Routes about where and how requests are forwarded: weights, backendRef-level filters, a rule without a valid
/// backend, the backend protocols (HTTP/1.1, h2c, WebSocket) and the two HTTPS hostnames.
/// </summary>
internal static class BackendRoutes
{
    public const string Weights = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: weights
          namespace: routing
        spec:
          parentRefs: [{name: edge}]
          hostnames: [weights.test]
          rules:
          - backendRefs:
            - {name: main, port: 8080, weight: 3}
            - {name: second, port: 8080, weight: 1}
            - {name: zero, port: 8080, weight: 0}
        """;

    public const string BackendFilters = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: backend-filters
          namespace: routing
        spec:
          parentRefs: [{name: edge}]
          hostnames: [backend-filters.test]
          rules:
          - backendRefs:
            - name: main
              port: 8080
              filters: [{type: RequestHeaderModifier, requestHeaderModifier: {set: [{name: x-chosen, value: main}]}}]
            - name: second
              port: 8080
              filters: [{type: RequestHeaderModifier, requestHeaderModifier: {set: [{name: x-chosen, value: second}]}}]
        """;

    public const string Invalid = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: invalid
          namespace: routing
        spec:
          parentRefs: [{name: edge}]
          hostnames: [invalid.test]
          rules:
          - backendRefs: [{name: missing, port: 8080}]
        """;

    public const string Protocols = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: protocols
          namespace: routing
        spec:
          parentRefs: [{name: edge}]
          hostnames: [protocols.test]
          rules:
          - matches: [{path: {type: PathPrefix, value: /h1}}]
            backendRefs: [{name: main, port: 8080}]
          - matches: [{path: {type: PathPrefix, value: /h2c}}]
            backendRefs: [{name: h2c, port: 8080}]
          - matches: [{path: {type: PathPrefix, value: /ws}}]
            backendRefs: [{name: ws, port: 8080}]
        """;

    public const string Secure = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: secure
          namespace: routing
        spec:
          parentRefs: [{name: edge}]
          hostnames: [a.secure.test, b.secure.test]
          rules:
          - backendRefs: [{name: main, port: 8080}]
        """;
}
