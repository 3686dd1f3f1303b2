using System.Diagnostics;
using GitOpsGateway.NodeFeed.Server;
using GitOpsGateway.NodeFeed.Tests.Support;

namespace GitOpsGateway.NodeFeed.Tests.Client;

public sealed class PropagationLatencyTests
{
    private const int Publishes = 200;

    [Fact]
    public async Task published_versions_reach_two_nodes_well_under_a_second()
    {
        var source = new InMemoryVersionFeedSource();
        source.Publish(SampleVersions.Version(1));
        await using var server = await FeedServer.StartAsync(source);
        await using var first = TestNode.Start(server.FeedBase, "node-a");
        await using var second = TestNode.Start(server.FeedBase, "node-b");
        await first.WaitForVersionAsync(1);
        await second.WaitForVersionAsync(1);
        var versions = Enumerable.Range(2, Publishes).Select(number => SampleVersions.Version(number)).ToList();

        List<TimeSpan> latencies = [];
        foreach (var version in versions)
        {
            var published = Stopwatch.GetTimestamp();
            source.Publish(version);
            foreach (var node in new[] { first, second })
            {
                var (_, received) = await node.WaitForVersionAsync(version.Version, TimeSpan.FromSeconds(5));
                latencies.Add(Stopwatch.GetElapsedTime(published, received));
            }
        }

        latencies.Sort();
        var p50 = Percentile(latencies, 0.50);
        var p99 = Percentile(latencies, 0.99);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"publish -> apply callback, {latencies.Count} deliveries: p50 {p50.TotalMilliseconds:0.00} ms, "
            + $"p99 {p99.TotalMilliseconds:0.00} ms, max {latencies[^1].TotalMilliseconds:0.00} ms");
        Assert.True(p99 < TimeSpan.FromSeconds(5), $"p99 {p99}");
    }

    private static TimeSpan Percentile(List<TimeSpan> sorted, double fraction) =>
        sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(fraction * sorted.Count) - 1)];
}
