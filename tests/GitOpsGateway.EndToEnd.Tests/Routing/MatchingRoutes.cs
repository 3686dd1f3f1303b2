namespace GitOpsGateway.EndToEnd.Tests.Routing;

/// <summary>
/// Routes for request matching (<c>match.test</c>) and precedence (<c>precedence.test</c>, <c>age.test</c>). Every
/// rule sets <see cref="RoutingManifests.RuleHeader"/> to its own name, and rules are written in the opposite of
/// their precedence order, so a test passing shows the node ranked them rather than kept the manifest's order.
/// </summary>
internal static class MatchingRoutes
{
    public const string Matching = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: matching
          namespace: routing
        spec:
          parentRefs: [{name: edge}]
          hostnames: [match.test]
          rules:
          - matches: [{path: {type: Exact, value: /exact}}]
            filters: [{type: RequestHeaderModifier, requestHeaderModifier: {set: [{name: x-rule, value: exact}]}}]
            backendRefs: [{name: main, port: 8080}]
          - matches: [{path: {type: PathPrefix, value: /v1}}]
            filters: [{type: RequestHeaderModifier, requestHeaderModifier: {set: [{name: x-rule, value: prefix-v1}]}}]
            backendRefs: [{name: main, port: 8080}]
          - matches: [{path: {type: RegularExpression, value: "/items/[0-9]+"}}]
            filters: [{type: RequestHeaderModifier, requestHeaderModifier: {set: [{name: x-rule, value: regex}]}}]
            backendRefs: [{name: main, port: 8080}]
          - matches: [{path: {type: PathPrefix, value: /method}, method: DELETE}]
            filters: [{type: RequestHeaderModifier, requestHeaderModifier: {set: [{name: x-rule, value: method-delete}]}}]
            backendRefs: [{name: main, port: 8080}]
          - matches: [{path: {type: PathPrefix, value: /header}, headers: [{name: x-env, value: canary}]}]
            filters: [{type: RequestHeaderModifier, requestHeaderModifier: {set: [{name: x-rule, value: header-canary}]}}]
            backendRefs: [{name: main, port: 8080}]
          - matches: [{path: {type: PathPrefix, value: /query}, queryParams: [{name: tier, value: gold}]}]
            filters: [{type: RequestHeaderModifier, requestHeaderModifier: {set: [{name: x-rule, value: query-gold}]}}]
            backendRefs: [{name: main, port: 8080}]
        """;

    public const string Precedence = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: precedence
          namespace: routing
        spec:
          parentRefs: [{name: edge}]
          hostnames: [precedence.test]
          rules:
          - matches: [{path: {type: PathPrefix, value: /}}]
            filters: [{type: RequestHeaderModifier, requestHeaderModifier: {set: [{name: x-rule, value: root}]}}]
            backendRefs: [{name: main, port: 8080}]
          - matches: [{path: {type: PathPrefix, value: /shop}}]
            filters: [{type: RequestHeaderModifier, requestHeaderModifier: {set: [{name: x-rule, value: shop}]}}]
            backendRefs: [{name: main, port: 8080}]
          - matches: [{path: {type: PathPrefix, value: /shop/cart}}]
            filters: [{type: RequestHeaderModifier, requestHeaderModifier: {set: [{name: x-rule, value: cart-prefix}]}}]
            backendRefs: [{name: main, port: 8080}]
          - matches: [{path: {type: Exact, value: /shop/cart}}]
            filters: [{type: RequestHeaderModifier, requestHeaderModifier: {set: [{name: x-rule, value: cart-exact}]}}]
            backendRefs: [{name: main, port: 8080}]
          - matches: [{path: {type: PathPrefix, value: /headers}, headers: [{name: x-a, value: "1"}]}]
            filters: [{type: RequestHeaderModifier, requestHeaderModifier: {set: [{name: x-rule, value: one-header}]}}]
            backendRefs: [{name: main, port: 8080}]
          - matches: [{path: {type: PathPrefix, value: /headers}, headers: [{name: x-a, value: "1"}, {name: x-b, value: "2"}]}]
            filters: [{type: RequestHeaderModifier, requestHeaderModifier: {set: [{name: x-rule, value: two-headers}]}}]
            backendRefs: [{name: main, port: 8080}]
        """;

    /// <summary>Same hostname and match as <see cref="RoutingManifests.OlderRoute"/>, created one commit later.</summary>
    public const string NewerRoute = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: a-newer
          namespace: routing
        spec:
          parentRefs: [{name: edge}]
          hostnames: [age.test]
          rules:
          - matches: [{path: {type: PathPrefix, value: /}}]
            filters: [{type: RequestHeaderModifier, requestHeaderModifier: {set: [{name: x-rule, value: newer}]}}]
            backendRefs: [{name: main, port: 8080}]
        """;
}
