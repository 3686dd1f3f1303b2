using System.Globalization;
using GitOpsGateway.Testing.Manifests;

namespace GitOpsGateway.Benchmarks.Soak;

/// <summary>
/// What each soak commit holds. In every version: Gateway <c>shop/edge</c> and route <c>shop/web</c> sending every path
/// of <c>shop.example.com</c> to Services <c>web</c> and <c>web-canary</c> (two echo backends). Each commit changes
/// that route's weights and the value of the <see cref="RevisionHeader"/> its filter sets (so a response shows which
/// version served it), and every third commit adds the extra route <c>extra.example.com</c>, which the next removes.
/// </summary>
internal static class SoakRepository
{
    public const string Folder = PushToServed.RevisionRepository.Folder;
    public const string Gateway = PushToServed.RevisionRepository.Gateway;
    public const string Host = ShopManifests.Host;
    public const string RevisionHeader = PushToServed.RevisionRepository.RevisionHeader;
    private const string ExtraRouteFile = Folder + "/extra-route.yaml";

    private static readonly int[] StableWeights = [90, 70, 50, 30];

    /// <summary>The files to write (path → content) and the files to delete for <paramref name="revision"/>.</summary>
    public static (IReadOnlyDictionary<string, string> Write, IReadOnlyList<string> Delete) Files(int revision, int webPort, int canaryPort)
    {
        var stable = StableWeights[revision % StableWeights.Length];
        var write = new Dictionary<string, string>
        {
            [$"{Folder}/gateway.yaml"] = ShopManifests.GatewayClassAndGateway,
            [$"{Folder}/services.yaml"] = ServiceManifests.LocalService("shop", "web", webPort) + "\n---\n" + ServiceManifests.LocalService("shop", "web-canary", canaryPort),
            [$"{Folder}/route.yaml"] = HttpRouteManifests.PathPrefix(
                "shop", "web", "edge", Host, "/", [new BackendRef("web", Weight: stable), new BackendRef("web-canary", Weight: 100 - stable)],
                new(RevisionHeader, revision.ToString(CultureInfo.InvariantCulture))),
        };
        if (revision % 3 == 0)
        {
            write[ExtraRouteFile] = HttpRouteManifests.PathPrefix("shop", "extra", "edge", "extra.example.com", "/", [new BackendRef("web")]);
            return (write, []);
        }

        return (write, [ExtraRouteFile]);
    }
}
