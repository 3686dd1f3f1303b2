using GitOpsGateway.FaultInjection.Tests.Support;

namespace GitOpsGateway.FaultInjection.Tests.Crashes;

/// <summary>
/// kill -9 of the control plane or of the node at seeded random points of a commit's ingestion and publication,
/// then a restart: every commit lands exactly once, versions have no gap, the node catches up, and while the
/// control plane is away the node serves what it last applied (from its last-known-good file after its own restart).
/// </summary>
public sealed class ProcessKillTests(ITestOutputHelper output)
{
    [Fact]
    public async Task kill_minus_9_at_random_points_loses_no_commit_duplicates_none_and_the_node_catches_up()
    {
        var seed = FaultSuiteMode.Seed(output);
        var random = new Random(seed);
        await using var cluster = await FaultCluster.StartAsync();

        for (var round = 1; round <= FaultSuiteMode.KillRounds; round++)
        {
            var killControlPlane = random.Next(2) == 0;
            var delay = TimeSpan.FromMilliseconds(random.Next(0, 1500));
            output.WriteLine($"round {round} (seed {seed}): kill -9 of the {(killControlPlane ? "control plane" : "node")} {delay.TotalMilliseconds} ms after the push");
            var traffic = killControlPlane ? cluster.StartTraffic() : null;
            var sha = await cluster.PushRevisionAsync();
            await Task.Delay(delay, TestContext.Current.CancellationToken);
            if (killControlPlane)
            {
                await cluster.KillControlPlaneAsync();
                await Task.Delay(random.Next(200, 2000), TestContext.Current.CancellationToken);
                await cluster.StartControlPlaneAsync();
            }
            else
            {
                await cluster.KillNodeAsync();
                cluster.StartNode();
            }

            Assert.Equal("ingested", await cluster.WaitForIngestedOrVisiblyFailedAsync(sha));
            await cluster.WaitForServedAsync(cluster.Revision);
            if (traffic is not null)
            {
                var report = await traffic.StopAsync();
                output.WriteLine("  " + report);
                Assert.True(report.Failures.Count == 0, $"round {round} (seed {seed}): {report}");
                await traffic.DisposeAsync();
            }

            cluster.AssertAlive();
        }

        // Both away, then the node alone: it must serve its last-known-good table without any control plane.
        await cluster.KillControlPlaneAsync();
        await cluster.KillNodeAsync();
        cluster.StartNode();
        await cluster.WaitForServedAsync(cluster.Revision, TimeSpan.FromSeconds(30));
        await using (var traffic = cluster.StartTraffic())
        {
            await Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);
            var report = await traffic.StopAsync();
            output.WriteLine("last-known-good without a control plane: " + report);
            Assert.Empty(report.Failures);
        }

        await cluster.StartControlPlaneAsync();
        var last = await cluster.PushRevisionAsync();
        Assert.Equal("ingested", await cluster.WaitForIngestedOrVisiblyFailedAsync(last));
        await cluster.WaitForServedAsync(cluster.Revision, TimeSpan.FromSeconds(60));
        cluster.AssertAlive();

        // Each pushed commit changed the table once: exactly one version per commit, numbered without a gap.
        var versions = await cluster.VersionsAsync();
        var numbers = versions.Select(version => (long)version["number"]!).ToList();
        Assert.Equal(Enumerable.Range(1, numbers.Count).Select(number => (long)number), numbers);
        var commits = versions.Select(version => (string?)version["provenance"]!["commitSha"] ?? "(no commit)").ToList();
        Assert.Equal(cluster.Pushed, commits);
        var source = await cluster.ControlPlane.SourceAsync();
        Assert.Equal(cluster.Pushed.Count, (int?)source["ingestedCount"]);
    }
}
