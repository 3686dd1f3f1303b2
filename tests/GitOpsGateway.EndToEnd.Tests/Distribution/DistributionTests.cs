using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using GitOpsGateway.EndToEnd.Tests.Support;
using GitOpsGateway.Testing.Processes;
using Shared = GitOpsGateway.Testing.Manifests.ShopManifests;

namespace GitOpsGateway.EndToEnd.Tests.Distribution;

/// <summary>
/// git push → control plane → node feed → every data-plane node, with real processes. How long that takes is measured
/// by the <c>push-to-served</c> benchmark (docs/benchmarks.md), never asserted here.
/// </summary>
public sealed class DistributionTests(DistributionCluster cluster) : IClassFixture<DistributionCluster>
{
    private static readonly TimeSpan ConvergenceTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task a_pushed_commit_is_served_by_both_nodes_and_both_report_the_new_version()
    {
        var revision = Text(await cluster.CommitRevisionAsync());
        await cluster.PushAsync();
        await cluster.ControlPlane.SendPushWebhookAsync(cluster.Repository);

        foreach (var node in cluster.Nodes)
        {
            await node.WaitForServedAsync(ShopManifests.Host, ShopManifests.RevisionHeader, revision, ConvergenceTimeout);
        }

        var active = await cluster.ControlPlane.ActiveVersionAsync(ShopManifests.Gateway);
        Assert.NotNull(active);
        await Eventually.WaitForAsync(
            async () => (await cluster.ControlPlane.NodeVersionsAsync(ShopManifests.Gateway)) is { Count: 2 } reports && reports.Values.All(version => version == active),
            $"both nodes to report version {active}",
            ConvergenceTimeout);
        var gateway = (await cluster.ControlPlane.GetJsonAsync("api/v1/resources?kind=Gateway")).AsArray().Single()!;
        var programmed = gateway["status"]!["conditions"]!.AsArray().Single(condition => (string?)condition!["type"] == "Programmed")!;
        Assert.Equal("True", (string?)programmed["status"]);
        Assert.Equal($"2 of 2 nodes run version {active}.", (string?)programmed["message"]);
    }

    [Fact]
    public async Task a_node_restarted_while_the_control_plane_is_down_serves_its_last_table_and_catches_up_when_it_returns()
    {
        var served = Text(cluster.Revision);
        try
        {
            await cluster.StopControlPlaneAsync();
            await cluster.StopNodeAsync(0);

            var restarted = cluster.StartNode(0);
            await restarted.WaitUntilServingAsync(ConvergenceTimeout);
            Assert.Equal(served, (await restarted.TryGetAsync(ShopManifests.Host))?.Header(ShopManifests.RevisionHeader));

            var next = Text(await cluster.CommitRevisionAsync());
            await cluster.PushAsync();
            await cluster.StartControlPlaneAsync();
            foreach (var node in cluster.Nodes)
            {
                await node.WaitForServedAsync(ShopManifests.Host, ShopManifests.RevisionHeader, next, TimeSpan.FromSeconds(90), TimeSpan.FromMilliseconds(100));
            }
        }
        finally
        {
            await cluster.EnsureRunningAsync();
        }
    }

    [Fact]
    public async Task a_route_file_edited_into_latin1_keeps_serving_and_the_api_says_why()
    {
        var served = Text(await cluster.CommitRevisionAsync());
        await cluster.PushAsync();
        await cluster.ControlPlane.SendPushWebhookAsync(cluster.Repository);
        foreach (var node in cluster.Nodes)
        {
            await node.WaitForServedAsync(ShopManifests.Host, ShopManifests.RevisionHeader, served, ConvergenceTimeout);
        }

        var active = await cluster.ControlPlane.ActiveVersionAsync(ShopManifests.Gateway);
        try
        {
            // An ordinary edit: a comment typed in Latin-1 ("café") above the next revision's route.
            var edited = Encoding.UTF8.GetBytes(Shared.RevisionRoute(ShopManifests.RevisionHeader, cluster.Revision + 1));
            var broken = await cluster.CommitBytesAsync($"{ShopManifests.Folder}/route.yaml", [.. "# caf"u8, 0xE9, (byte)'\n', .. edited], "Edit the route");
            await cluster.PushAsync();
            await cluster.ControlPlane.SendPushWebhookAsync(cluster.Repository);

            JsonNode? rejection = null;
            await Eventually.WaitForAsync(
                async () => (rejection = (await cluster.ControlPlane.GetJsonAsync($"api/v1/sources/{ControlPlaneInstance.SourceName}/rejections"))
                    .AsArray().SingleOrDefault(item => (string?)item!["commitSha"] == broken)) is not null,
                "the Latin-1 edit to be ingested and rejected",
                ConvergenceTimeout);
            Assert.Equal(("route.yaml", "NotUtf8", 1), ((string?)rejection!["file"], (string?)rejection["reason"], (int?)rejection["line"]));
            Assert.Contains("HTTPRoute/shop/web keeps its last good version", (string?)rejection["message"], StringComparison.Ordinal);

            Assert.Equal(active, await cluster.ControlPlane.ActiveVersionAsync(ShopManifests.Gateway));
            foreach (var node in cluster.Nodes)
            {
                // TryGetAsync answers only a 2xx forwarded to the echo backend.
                Assert.Equal(served, (await node.TryGetAsync(ShopManifests.Host))?.Header(ShopManifests.RevisionHeader));
            }

            var route = (await cluster.ControlPlane.GetJsonAsync("api/v1/resources?kind=HTTPRoute")).AsArray().Single()!;
            Assert.NotEqual(broken, (string?)route["commitSha"]);
        }
        finally
        {
            // Leave a readable route, served everywhere, for the other tests of the class.
            var restored = Text(await cluster.CommitRevisionAsync());
            await cluster.PushAsync();
            await cluster.ControlPlane.SendPushWebhookAsync(cluster.Repository);
            foreach (var node in cluster.Nodes)
            {
                await node.WaitForServedAsync(ShopManifests.Host, ShopManifests.RevisionHeader, restored, ConvergenceTimeout);
            }
        }
    }

    private static string Text(int revision) => revision.ToString(CultureInfo.InvariantCulture);
}
