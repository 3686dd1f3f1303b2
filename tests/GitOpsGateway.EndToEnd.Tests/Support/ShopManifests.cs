namespace GitOpsGateway.EndToEnd.Tests.Support;

/// <summary>
/// A repository serving <c>shop.example.com</c> on Gateway <c>shop/edge</c> (one HTTP listener on port 80) from one
/// echo backend. Each revision adds <c>X-Revision: N</c> to forwarded requests, so a response shows which table served it.
/// </summary>
internal static class ShopManifests
{
    public const string Folder = "gateway";
    public const string Gateway = "shop/edge";
    public const string Host = "shop.example.com";
    public const string RevisionHeader = "X-Revision";

    public static IReadOnlyDictionary<string, string> Files(int backendPort, int revision) => new Dictionary<string, string>
    {
        [$"{Folder}/gateway.yaml"] = GitOpsGateway.Testing.Manifests.ShopManifests.GatewayClassAndGateway,
        [$"{Folder}/backend.yaml"] = $"""
            apiVersion: v1
            kind: Service
            metadata:
              name: web
              namespace: shop
            spec:
              ports:
              - name: http
                port: 8080
            ---
            apiVersion: discovery.k8s.io/v1
            kind: EndpointSlice
            metadata:
              name: web-local
              namespace: shop
              labels:
                kubernetes.io/service-name: web
            addressType: IPv4
            ports:
            - name: http
              port: {backendPort}
            endpoints:
            - addresses: ["127.0.0.1"]
            """,
        [$"{Folder}/route.yaml"] = $"""
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata:
              name: web
              namespace: shop
            spec:
              parentRefs:
              - name: edge
              hostnames: [{Host}]
              rules:
              - matches:
                - path: {"{"}type: PathPrefix, value: /{"}"}
                filters:
                - type: RequestHeaderModifier
                  requestHeaderModifier:
                    set:
                    - name: {RevisionHeader}
                      value: "{revision}"
                backendRefs:
                - name: web
                  port: 8080
            """,
    };
}
