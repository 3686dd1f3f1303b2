namespace GitOpsGateway.EndToEnd.Tests.Routing;

/// <summary>Routes for the header modifiers, redirects and URL rewrites.</summary>
internal static class FilterRoutes
{
    public const string Headers = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: headers
          namespace: routing
        spec:
          parentRefs: [{name: edge}]
          hostnames: [headers.test]
          rules:
          - matches: [{path: {type: PathPrefix, value: /request}}]
            filters:
            - type: RequestHeaderModifier
              requestHeaderModifier:
                set: [{name: x-set, value: set-value}]
                add: [{name: x-add, value: added}]
                remove: [x-remove]
            backendRefs: [{name: main, port: 8080}]
          - matches: [{path: {type: PathPrefix, value: /response}}]
            filters:
            - type: ResponseHeaderModifier
              responseHeaderModifier:
                set: [{name: x-header-set, value: set-overwrites}]
                add: [{name: x-header-add, value: add-appends}]
                remove: [x-header-remove]
            backendRefs: [{name: main, port: 8080}]
        """;

    /// <summary>One rule per redirect field, each with another status code; none has a backend.</summary>
    public const string Redirects = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: redirects
          namespace: routing
        spec:
          parentRefs: [{name: edge}]
          hostnames: [redirect.test]
          rules:
          - matches: [{path: {type: PathPrefix, value: /scheme}}]
            filters: [{type: RequestRedirect, requestRedirect: {scheme: https, statusCode: 301}}]
          - matches: [{path: {type: PathPrefix, value: /hostname}}]
            filters: [{type: RequestRedirect, requestRedirect: {hostname: elsewhere.test}}]
          - matches: [{path: {type: PathPrefix, value: /port}}]
            filters: [{type: RequestRedirect, requestRedirect: {port: 8080, statusCode: 303}}]
          - matches: [{path: {type: PathPrefix, value: /default-port}}]
            filters: [{type: RequestRedirect, requestRedirect: {port: 80, statusCode: 303}}]
          - matches: [{path: {type: PathPrefix, value: /secure-port}}]
            filters: [{type: RequestRedirect, requestRedirect: {scheme: https, port: 8443, statusCode: 301}}]
          - matches: [{path: {type: PathPrefix, value: /full}}]
            filters: [{type: RequestRedirect, requestRedirect: {path: {type: ReplaceFullPath, replaceFullPath: /replaced}, statusCode: 307}}]
          - matches: [{path: {type: PathPrefix, value: /prefix}}]
            filters: [{type: RequestRedirect, requestRedirect: {path: {type: ReplacePrefixMatch, replacePrefixMatch: /new}, statusCode: 308}}]
        """;

    /// <summary>The spec's ReplacePrefixMatch table (trailing '/' on either side, '/' alone) plus hostname and full-path rewrites.</summary>
    public const string Rewrites = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: rewrites
          namespace: routing
        spec:
          parentRefs: [{name: edge}]
          hostnames: [rewrite.test]
          rules:
          - matches: [{path: {type: PathPrefix, value: /host}}]
            filters: [{type: URLRewrite, urlRewrite: {hostname: rewritten.test}}]
            backendRefs: [{name: main, port: 8080}]
          - matches: [{path: {type: PathPrefix, value: /full}}]
            filters: [{type: URLRewrite, urlRewrite: {path: {type: ReplaceFullPath, replaceFullPath: /one}}}]
            backendRefs: [{name: main, port: 8080}]
          - matches: [{path: {type: PathPrefix, value: /foo}}]
            filters: [{type: URLRewrite, urlRewrite: {path: {type: ReplacePrefixMatch, replacePrefixMatch: /xyz}}}]
            backendRefs: [{name: main, port: 8080}]
          - matches: [{path: {type: PathPrefix, value: /bar/}}]
            filters: [{type: URLRewrite, urlRewrite: {path: {type: ReplacePrefixMatch, replacePrefixMatch: /xyz/}}}]
            backendRefs: [{name: main, port: 8080}]
          - matches: [{path: {type: PathPrefix, value: /strip}}]
            filters: [{type: URLRewrite, urlRewrite: {path: {type: ReplacePrefixMatch, replacePrefixMatch: /}}}]
            backendRefs: [{name: main, port: 8080}]
        """;
}
