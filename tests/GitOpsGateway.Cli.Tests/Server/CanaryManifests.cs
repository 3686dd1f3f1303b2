using GitOpsGateway.Testing.Manifests;

namespace GitOpsGateway.Cli.Tests.Server;

/// <summary>
/// The shop with a canary: Services <c>shop/web</c> and <c>shop/web-canary</c> and HTTPRoute <c>shop/web</c>
/// splitting <c>shop.example.com</c> between them by weight. Files are named as inside the source's folder.
/// </summary>
internal static class CanaryManifests
{
    public static Dictionary<string, string> Files(int stableWeight, int canaryWeight) => new()
    {
        ["gateway.yaml"] = ShopManifests.GatewayClassAndGateway,
        ["services.yaml"] = ShopManifests.Service() + "\n---\n" + ServiceManifests.Service("shop", "web-canary", label: new("team", "web")),
        ["route.yaml"] = Route(stableWeight, canaryWeight),
    };

    public static string Route(int stableWeight, int canaryWeight) => ShopManifests.CanaryRoute(stableWeight, canaryWeight);

    /// <summary>Writes the files into a folder, as a pull request's checkout would hold them.</summary>
    public static void WriteTo(TemporaryFolder folder, IReadOnlyDictionary<string, string> files)
    {
        foreach (var (path, text) in files)
        {
            folder.Write(path, text);
        }
    }
}
