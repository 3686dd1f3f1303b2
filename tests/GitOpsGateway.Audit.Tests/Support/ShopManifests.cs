using GitOpsGateway.Testing.Manifests;
using Shared = GitOpsGateway.Testing.Manifests.ShopManifests;

namespace GitOpsGateway.Audit.Tests.Support;

/// <summary>The manifests of the scripted shop repository: one Gateway on port 80, four Services, a few HTTPRoutes.</summary>
internal static class ShopManifests
{
    public const string GatewayClass = GatewayManifests.GatewayClass;

    public static string Gateway(string? annotation = null) => Shared.Gateway(owner: annotation);

    public static string Services(bool withLegacy = true) =>
        string.Join("\n---\n", new[] { "web-v1", "web-v2", "api", "legacy" }
            .Where(name => withLegacy || name != "legacy")
            .Select(name => $$"""
                apiVersion: v1
                kind: Service
                metadata: {name: {{name}}, namespace: shop}
                spec:
                  ports:
                  - {name: http, port: {{(name == "api" ? 9090 : 8080)}}}
                """));

    public static string WebRoute(int v1Weight, int v2Weight, bool www = false, bool staticRule = false, bool labelled = false)
    {
        var hostnames = www ? "[shop.example.com, www.example.com]" : "[shop.example.com]";
        var labels = labelled ? "\n  labels: {team: storefront}" : "";
        var staticPart = staticRule
            ? "\n  - matches:\n    - path: {type: PathPrefix, value: /static}\n    backendRefs:\n    - {name: legacy, port: 8080}"
            : "";
        return $$"""
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata:
              name: web
              namespace: shop{{labels}}
            spec:
              parentRefs:
              - name: edge
              hostnames: {{hostnames}}
              rules:
              - matches:
                - path: {type: PathPrefix, value: /}
                backendRefs:
                - {name: web-v1, port: 8080, weight: {{v1Weight}}}
                - {name: web-v2, port: 8080, weight: {{v2Weight}}}{{staticPart}}
            """;
    }

    public static string ApiRoute(string name, string path, bool canary = false) =>
        HttpRouteManifests.PathPrefix("shop", name, "edge", "api.example.com", path,
            canary ? [new BackendRef("api", 9090), new BackendRef("web-v2", Weight: 0)] : [new BackendRef("api", 9090)]);

    public static string DocsRoute(string hostname, string path) =>
        HttpRouteManifests.PathPrefix("shop", "docs", "edge", hostname, path, [new BackendRef("web-v2")]);

    /// <summary>A route of every path to <c>api</c> on one hostname pattern, or on every host when it names none.</summary>
    public static string CatchRoute(string name, string? hostname) => $$"""
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: {{name}}
          namespace: shop
        spec:
          parentRefs:
          - name: edge{{(hostname is null ? "" : $"\n  hostnames: ['{hostname}']")}}
          rules:
          - backendRefs:
            - {name: api, port: 9090}
        """;
}
