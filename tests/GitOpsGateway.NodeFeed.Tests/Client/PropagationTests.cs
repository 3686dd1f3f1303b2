using GitOpsGateway.NodeFeed.Server;
using GitOpsGateway.NodeFeed.Tests.Support;

namespace GitOpsGateway.NodeFeed.Tests.Client;

/// <summary>
/// Every published version reaches every subscribed node. How fast is the <c>push-to-served</c> benchmark's
/// question (docs/benchmarks.md), not this test's.
/// </summary>
public sealed class PropagationTests
{
    private const int Publishes = 50;

    [Fact]
    public async Task each_version_published_in_turn_reaches_both_nodes()
    {
        var source = new InMemoryVersionFeedSource();
        source.Publish(SampleVersions.Version(1));
        await using var server = await FeedServer.StartAsync(source);
        await using var first = TestNode.Start(server.FeedBase, "node-a");
        await using var second = TestNode.Start(server.FeedBase, "node-b");
        await first.WaitForVersionAsync(1);
        await second.WaitForVersionAsync(1);

        foreach (var number in Enumerable.Range(2, Publishes))
        {
            var version = SampleVersions.Version(number);
            source.Publish(version);
            foreach (var node in new[] { first, second })
            {
                var (received, _) = await node.WaitForVersionAsync(number, TimeSpan.FromSeconds(30));
                Assert.Equal(version.Hash, received.Hash);
            }
        }
    }
}
