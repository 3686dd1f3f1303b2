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
    public const string Host = ShopManifests.Host;
    public const string RevisionHeader = "X-Revision";

    public static IReadOnlyDictionary<string, string> Files(int backendPort, int revision) => new Dictionary<string, string>
    {
        [$"{Folder}/gateway.yaml"] = ShopManifests.GatewayClassAndGateway,
        [$"{Folder}/service.yaml"] = ShopManifests.Service(),
        [$"{Folder}/endpoints.yaml"] = ServiceManifests.LocalEndpoints("shop", "web", backendPort),
        [$"{Folder}/route.yaml"] = ShopManifests.RevisionRoute(RevisionHeader, revision),
    };
}
