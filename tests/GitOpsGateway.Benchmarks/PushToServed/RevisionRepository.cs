using System.Globalization;
using GitOpsGateway.Testing.Manifests;

namespace GitOpsGateway.Benchmarks.PushToServed;

/// <summary>
/// The shared shop repository (Gateway <c>shop/edge</c>, host <c>shop.example.com</c>) with its Service's
/// EndpointSlice on a local echo backend and a route that sets <see cref="RevisionHeader"/> to the revision: a
/// response shows which commit's table served it.
/// </summary>
internal static class RevisionRepository
{
    public const string Folder = "gateway";
    public const string Gateway = "shop/edge";
    public const string Host = "shop.example.com";
    public const string RevisionHeader = "X-Revision";

    public static IReadOnlyDictionary<string, string> Files(int backendPort, int revision) => new Dictionary<string, string>
    {
        [$"{Folder}/gateway.yaml"] = ShopManifests.GatewayClassAndGateway,
        [$"{Folder}/service.yaml"] = ShopManifests.Service(),
        [$"{Folder}/endpoints.yaml"] = $"""
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
              port: {backendPort.ToString(CultureInfo.InvariantCulture)}
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
                      value: "{revision.ToString(CultureInfo.InvariantCulture)}"
                backendRefs:
                - name: web
                  port: 8080
            """,
    };
}
