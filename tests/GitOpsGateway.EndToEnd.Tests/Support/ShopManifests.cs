using GitOpsGateway.Testing.Manifests;
using Shared = GitOpsGateway.Testing.Manifests.ShopManifests;

namespace GitOpsGateway.EndToEnd.Tests.Support;

/// <summary>
/// A repository serving <c>shop.example.com</c> on Gateway <c>shop/edge</c> (one HTTP listener on port 80) from one
/// echo backend. Each revision adds <c>X-Revision: N</c> to forwarded requests, so a response shows which table served it.
/// </summary>
internal static class ShopManifests
{
    public const string Folder = "gateway";
    public const string Gateway = "shop/edge";
    public const string Host = Shared.Host;
    public const string RevisionHeader = "X-Revision";

    public static IReadOnlyDictionary<string, string> Files(int backendPort, int revision) => new Dictionary<string, string>
    {
        [$"{Folder}/gateway.yaml"] = Shared.GatewayClassAndGateway,
        [$"{Folder}/backend.yaml"] = ServiceManifests.LocalService("shop", "web", backendPort),
        [$"{Folder}/route.yaml"] = Shared.RevisionRoute(RevisionHeader, revision),
    };
}
