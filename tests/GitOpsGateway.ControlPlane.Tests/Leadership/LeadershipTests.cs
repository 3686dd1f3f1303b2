using GitOpsGateway.Testing.Manifests;
using System.Diagnostics;
using GitOpsGateway.ControlPlane.Tests.Support;

namespace GitOpsGateway.ControlPlane.Tests.Leadership;

public sealed class LeadershipTests(ITestOutputHelper output)
{
    private const string Leading = "Leading source shop";
    private const string IngestedLine = "Source shop: ingested commit";

    [Fact]
    public async Task two_control_planes_on_one_database_never_both_ingest_and_the_survivor_takes_over_when_the_leader_dies()
    {
        await using var scenario = await Scenario.CreateAsync();
        var start = await scenario.Remote.PushValidRepositoryAsync();
        var leader = await scenario.StartAsync();
        await leader.Process.WaitForLineAsync(Leading, TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await leader.WaitForIngestedAsync(start);
        var follower = await scenario.StartAsync();

        var whileBothRun = new List<string>();
        foreach (var path in (string[])["/a", "/b", "/c"])
        {
            whileBothRun.Add(await scenario.Remote.PushAsync("Route to " + path, new Dictionary<string, string> { ["route.yaml"] = ShopManifests.Route(path: path) }));
        }

        await follower.WaitForIngestedAsync(whileBothRun[^1]);
        Assert.True((bool?)(await leader.SourceAsync())["leadingHere"]);
        Assert.False((bool?)(await follower.SourceAsync())["leadingHere"]);
        Assert.DoesNotContain(follower.Process.Lines, line => line.Contains(IngestedLine, StringComparison.Ordinal) || line.Contains(Leading, StringComparison.Ordinal));

        var killedAt = Stopwatch.StartNew();
        leader.Process.Kill();
        var afterTheLeaderDied = await scenario.Remote.PushAsync("Route to /d", new Dictionary<string, string> { ["route.yaml"] = ShopManifests.Route(path: "/d") });
        await follower.Process.WaitForLineAsync(Leading, TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
        output.WriteLine($"kill -9 of the leader → the follower leads: {killedAt.ElapsedMilliseconds} ms");
        await follower.WaitForIngestedAsync(afterTheLeaderDied);
        output.WriteLine($"kill -9 of the leader → the next push ingested by the follower: {killedAt.ElapsedMilliseconds} ms");

        var ingested = await scenario.Events.IngestedShasAsync();
        Assert.Equal([start, .. whileBothRun, afterTheLeaderDied], ingested);
        Assert.Contains(follower.Process.Lines, line => line.Contains(IngestedLine + " " + afterTheLeaderDied, StringComparison.Ordinal));
    }

    [Fact]
    public async Task a_leader_that_stops_cleanly_hands_the_source_over_at_once()
    {
        await using var scenario = await Scenario.CreateAsync();
        var start = await scenario.Remote.PushValidRepositoryAsync();
        var leader = await scenario.StartAsync();
        await leader.WaitForIngestedAsync(start);
        var follower = await scenario.StartAsync();

        var stoppedAt = Stopwatch.StartNew();
        leader.Process.Interrupt();
        Assert.Equal(0, await leader.Process.WaitForExitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken));
        await follower.Process.WaitForLineAsync(Leading, TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        output.WriteLine($"SIGINT to the leader → the follower leads: {stoppedAt.ElapsedMilliseconds} ms");

        var next = await scenario.Remote.PushAsync("Route to /after", new Dictionary<string, string> { ["route.yaml"] = ShopManifests.Route(path: "/after") });
        await follower.WaitForIngestedAsync(next);
        Assert.Equal([start, next], await scenario.Events.IngestedShasAsync());
    }
}
