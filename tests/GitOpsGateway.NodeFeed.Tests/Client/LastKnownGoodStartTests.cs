using GitOpsGateway.NodeFeed.Server;
using GitOpsGateway.NodeFeed.Storage;
using GitOpsGateway.NodeFeed.Tests.Support;

namespace GitOpsGateway.NodeFeed.Tests.Client;

public sealed class LastKnownGoodStartTests : IDisposable
{
    private readonly TemporaryDirectory state = new();

    [Fact]
    public async Task a_node_restarted_while_the_control_plane_is_down_serves_its_last_applied_version()
    {
        var source = new InMemoryVersionFeedSource();
        source.Publish(SampleVersions.Version(1));
        var server = await FeedServer.StartAsync(source);
        var downAddress = server.FeedBase;
        await using (var before = TestNode.Start(server.FeedBase, "node-a", stateDirectory: state.Path))
        {
            await before.WaitForVersionAsync(1);
            source.Publish(SampleVersions.Version(2));
            var store = new LastKnownGoodStore(state.Path, SampleVersions.Edge);
            await Eventually.ReturnsAsync(() => store.TryLoadAsync(TestContext.Current.CancellationToken), saved => saved?.Version.Version == 2);
        }

        await server.StopAsync();
        await server.DisposeAsync();

        await using var after = TestNode.Start(downAddress, "node-a", stateDirectory: state.Path);
        var (restored, _) = await after.WaitForVersionAsync(2);

        Assert.Equal(SampleVersions.Version(2), restored);
        var status = await Eventually.HoldsAsync(() => after.Subscriber.Status, status => status.ConsecutiveFailures >= 1);
        Assert.Equal(2, status.AppliedVersion);
        Assert.False(status.Connected);
        Assert.Single(after.Received.Snapshot());
    }

    [Fact]
    public async Task a_restored_node_reports_when_the_control_plane_returns_and_moves_to_the_newer_version()
    {
        var source = new InMemoryVersionFeedSource();
        await new LastKnownGoodStore(state.Path, SampleVersions.Edge)
            .SaveAsync(SampleVersions.Version(4), DateTimeOffset.UtcNow, TestContext.Current.CancellationToken);
        source.Publish(SampleVersions.Version(5));
        await using var server = await FeedServer.StartAsync(source);

        await using var node = TestNode.Start(server.FeedBase, "node-a", stateDirectory: state.Path);

        await node.WaitForVersionAsync(4);
        await node.WaitForVersionAsync(5);
        Assert.Equal([4L, 5L], node.Received.Snapshot().Select(entry => entry.Version.Version));
        var store = new LastKnownGoodStore(state.Path, SampleVersions.Edge);
        var saved = await Eventually.ReturnsAsync(() => store.TryLoadAsync(TestContext.Current.CancellationToken), saved => saved?.Version.Version == 5);
        Assert.Equal(SampleVersions.Version(5), saved!.Version);
    }

    [Fact]
    public async Task a_corrupted_last_known_good_file_is_not_applied_at_start()
    {
        var store = new LastKnownGoodStore(state.Path, SampleVersions.Edge);
        await store.SaveAsync(SampleVersions.Version(4), DateTimeOffset.UtcNow, TestContext.Current.CancellationToken);
        var text = await File.ReadAllTextAsync(store.FilePath, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(store.FilePath, text.Replace("/v4", "/v5", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        var source = new InMemoryVersionFeedSource();
        await using var server = await FeedServer.StartAsync(source);
        await server.StopAsync();

        await using var node = TestNode.Start(server.FeedBase, "node-a", stateDirectory: state.Path);

        var status = await Eventually.HoldsAsync(() => node.Subscriber.Status, status => status.ConsecutiveFailures >= 2);
        Assert.Null(status.AppliedVersion);
        Assert.Empty(node.Received.Snapshot());
    }

    public void Dispose() => state.Dispose();
}
