using GitOpsGateway.Testing.Manifests;
using GitOpsGateway.Testing.Git;

namespace GitOpsGateway.ControlPlane.Tests.Support;

/// <summary>Commit-and-push helpers over the shared harness's bare repository, writing under the folder the source watches.</summary>
internal static class TestRepository
{
    public const string Folder = "gateway";

    public static async Task<string> PushAsync(this GitRemoteRepository remote, string message, IReadOnlyDictionary<string, string> files, GitAuthor? author = null)
    {
        foreach (var (path, content) in files)
        {
            remote.WriteFile($"{Folder}/{path}", content);
        }

        var sha = await remote.CommitAsync(message, author, cancellationToken: TestContext.Current.CancellationToken);
        await remote.PushAsync(TestContext.Current.CancellationToken);
        return sha;
    }

    public static Task<string> PushValidRepositoryAsync(this GitRemoteRepository remote, string message = "Add the shop gateway", GitAuthor? author = null) =>
        remote.PushAsync(message, new Dictionary<string, string>
        {
            ["infrastructure.yaml"] = ShopManifests.GatewayClassAndGateway,
            ["service.yaml"] = ShopManifests.Service(),
            ["route.yaml"] = ShopManifests.Route(),
        }, author);
}
