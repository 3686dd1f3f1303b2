namespace GitOpsGateway.EndToEnd.Tests.Routing;

/// <summary>Routes for mirrors, timeouts, retries and CORS.</summary>
internal static class PolicyRoutes
{
    /// <summary><c>/both</c>: mirror-a always, mirror-b for half the requests; <c>/unresponsive</c>: a silent and a dead mirror.</summary>
    public const string Mirrors = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: mirrors
          namespace: routing
        spec:
          parentRefs: [{name: edge}]
          hostnames: [mirror.test]
          rules:
          - matches: [{path: {type: PathPrefix, value: /both}}]
            filters:
            - {type: RequestMirror, requestMirror: {backendRef: {name: mirror-a, port: 8080}}}
            - {type: RequestMirror, requestMirror: {backendRef: {name: mirror-b, port: 8080}, percent: 50}}
            backendRefs: [{name: main, port: 8080}]
          - matches: [{path: {type: PathPrefix, value: /unresponsive}}]
            filters:
            - {type: RequestMirror, requestMirror: {backendRef: {name: silent, port: 8080}}}
            - {type: RequestMirror, requestMirror: {backendRef: {name: dead, port: 8080}}}
            backendRefs: [{name: main, port: 8080}]
        """;

    public const string Timeouts = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: timeouts
          namespace: routing
        spec:
          parentRefs: [{name: edge}]
          hostnames: [timeouts.test]
          rules:
          - matches: [{path: {type: PathPrefix, value: /request}}]
            timeouts: {request: 500ms}
            backendRefs: [{name: main, port: 8080}]
          - matches: [{path: {type: PathPrefix, value: /backend}}]
            timeouts: {backendRequest: 500ms}
            backendRefs: [{name: main, port: 8080}]
        """;

    public const string Retries = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: retries
          namespace: routing
        spec:
          parentRefs: [{name: edge}]
          hostnames: [retry.test]
          rules:
          - retry: {codes: [503], attempts: 2, backoff: 10ms}
            backendRefs: [{name: main, port: 8080}]
        """;

    public const string Cors = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: cors
          namespace: routing
        spec:
          parentRefs: [{name: edge}]
          hostnames: [cors.test]
          rules:
          - filters:
            - type: CORS
              cors:
                allowOrigins: [https://app.example.com]
                allowMethods: [GET, PUT]
                allowHeaders: [x-api-key]
                exposeHeaders: [x-request-id]
                maxAge: 600
                allowCredentials: true
            backendRefs: [{name: main, port: 8080}]
        """;
}
