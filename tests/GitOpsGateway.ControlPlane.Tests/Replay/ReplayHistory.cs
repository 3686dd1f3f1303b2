using GitOpsGateway.ControlPlane.Tests.Rollback;
using GitOpsGateway.ControlPlane.Tests.Support;
using GitOpsGateway.Testing.Git;
using GitOpsGateway.Testing.Manifests;

namespace GitOpsGateway.ControlPlane.Tests.Replay;

/// <summary>
/// Twenty-two commits by three authors pushed to a real repository and ingested by a running control plane,
/// with rollbacks to a version, a commit and a moment, pins and unpins between them (the last unpin right after a
/// rollback, so it republishes the head): weight shifts
/// 90/10 → 50/50 → 0/100, a rename, deletions, a metadata-only change, a missing backend and its return.
/// </summary>
internal sealed class ReplayHistory(Scenario scenario, ControlPlaneProcess controlPlane)
{
    private static readonly GitAuthor Ada = new("Ada Lovelace", "ada@example.com");
    private static readonly GitAuthor Grace = new("Grace Hopper", "grace@example.com");
    private static readonly GitAuthor Linus = new("Linus Torvalds", "linus@example.com");

    public List<string> Commits { get; } = [];

    public async Task RunAsync()
    {
        Commits.Add(await scenario.Remote.PushValidRepositoryAsync(author: Ada));
        await controlPlane.WaitForIngestedAsync(Commits[^1]);
        await CommitAsync(Grace, "Add the canary service", ("services.yaml", ReplayManifests.CanaryService));
        await CommitAsync(Ada, "Split web 90/10", ("route.yaml", ReplayManifests.WeightedWebRoute(90, 10)));
        var ninetyTen = await controlPlane.HeadVersionAsync();
        await CommitAsync(Linus, "Split web 50/50", ("route.yaml", ReplayManifests.WeightedWebRoute(50, 50)));
        await CommitAsync(Ada, "Split web 0/100", ("route.yaml", ReplayManifests.WeightedWebRoute(0, 100)));
        await CommandAsync("/api/v1/rollback", new { toVersion = ninetyTen, reason = "canary errors" }, Grace);
        await CommitAsync(Grace, "Route api.example.com", ("api.yaml", ReplayManifests.Route("api", "api.example.com", "/api")));
        await CommitAsync(Linus, "Rename the api route to api-v1", ("api.yaml", ReplayManifests.Route("api-v1", "api.example.com", "/api")));
        await CommandAsync("/api/v1/unpin", new { reason = "canary fixed" }, Ada);
        await CommitAsync(Ada, "Serve api-v1 under /v1", ("api.yaml", ReplayManifests.Route("api-v1", "api.example.com", "/v1")));
        await CommitAsync(Grace, "Relabel the web service", ("service.yaml", ShopManifests.Service(teamLabel: "storefront")));
        await CommitAsync(Linus, "Delete the api route", ("api.yaml", null));
        await CommandAsync("/api/v1/pin", new { reason = "release freeze" }, Linus);
        await CommitAsync(Ada, "Add the docs route", ("docs.yaml", ReplayManifests.Route("docs", "docs.example.com", "/docs")));
        var docs = Commits[^1];
        await CommitAsync(Grace, "Move docs to /documentation", ("docs.yaml", ReplayManifests.Route("docs", "docs.example.com", "/documentation")));
        await CommandAsync("/api/v1/unpin", new { reason = "freeze over" }, Linus);
        await CommitAsync(Linus, "Split web 90/10 again", ("route.yaml", ReplayManifests.WeightedWebRoute(90, 10)));
        await CommitAsync(Ada, "Delete the docs route", ("docs.yaml", null));
        await CommandAsync("/api/v1/rollback", new { toCommit = docs[..10], reason = "docs are back" }, Ada);
        await CommitAsync(Grace, "Route api.example.com again", ("api.yaml", ReplayManifests.Route("api", "api.example.com", "/api")));
        await CommandAsync("/api/v1/unpin", new { reason = "api is back" }, Grace);
        var beforeShop = await controlPlane.CreatedAtAsync(await controlPlane.HeadVersionAsync());
        await CommitAsync(Linus, "Serve web under /shop, 50/50", ("route.yaml", ReplayManifests.WeightedWebRoute(50, 50, "/shop")));
        var afterShop = await controlPlane.CreatedAtAsync(await controlPlane.HeadVersionAsync());
        await CommitAsync(Ada, "Split web 10/90", ("route.yaml", ReplayManifests.WeightedWebRoute(10, 90, "/shop")));
        await CommandAsync("/api/v1/rollback", new { toTime = TimeTravel.Between(beforeShop, afterShop), reason = "the /shop move" }, Linus);
        await CommitAsync(Grace, "Remove the canary service", ("services.yaml", null));
        await CommandAsync("/api/v1/unpin", new { reason = "see what breaks" }, Grace);
        await CommitAsync(Linus, "Bring the canary service back", ("services.yaml", ReplayManifests.CanaryService));
        await CommitAsync(Ada, "Serve api under /api/v2", ("api.yaml", ReplayManifests.Route("api", "api.example.com", "/api/v2")));
        await CommitAsync(Grace, "Split web 50/50 again", ("route.yaml", ReplayManifests.WeightedWebRoute(50, 50, "/shop")));
        await CommitAsync(Linus, "Delete the api route again", ("api.yaml", null));
        await CommandAsync("/api/v1/rollback", new { toVersion = ninetyTen, reason = "one more look at 90/10" }, Ada);
        await CommandAsync("/api/v1/unpin", new { reason = "back to the head" }, Ada);
    }

    private async Task CommitAsync(GitAuthor author, string message, params (string File, string? Content)[] changes)
    {
        foreach (var (file, content) in changes)
        {
            var path = $"{TestRepository.Folder}/{file}";
            if (content is null)
            {
                scenario.Remote.DeleteFile(path);
            }
            else
            {
                scenario.Remote.WriteFile(path, content);
            }
        }

        var sha = await scenario.Remote.CommitAsync(message, author, cancellationToken: TestContext.Current.CancellationToken);
        await scenario.Remote.PushAsync(TestContext.Current.CancellationToken);
        await controlPlane.WaitForIngestedAsync(sha);
        Commits.Add(sha);
    }

    private Task CommandAsync(string path, object body, GitAuthor actor) => controlPlane.PostOkAsync(path, body, actor.Name.Split(' ')[0].ToLowerInvariant());
}
