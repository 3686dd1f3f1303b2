using System.Diagnostics;
using GitOpsGateway.NodeFeed.Client;
using GitOpsGateway.NodeFeed.Server;
using GitOpsGateway.NodeFeed.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GitOpsGateway.NodeFeed.Tests.Client;

public sealed class FeedSubscriberTests
{
    [Fact]
    public async Task on_connect_the_current_version_arrives_verified_and_whole()
    {
        var source = new InMemoryVersionFeedSource();
        var published = SampleVersions.Version(3);
        source.Publish(published);
        await using var server = await FeedServer.StartAsync(source);

        await using var node = TestNode.Start(server.FeedBase, "node-a");
        var (received, _) = await node.WaitForVersionAsync(3);

        Assert.Equal(published.Hash, received.Hash);
        Assert.Equal(published.Table, received.Table);
        Assert.Equal(published.Provenance, received.Provenance);
        Assert.Equal(published.ActivatedAt, received.ActivatedAt);
        Assert.True(node.Subscriber.Status.Connected);
        Assert.Equal(3, node.Subscriber.Status.AppliedVersion);
    }

    [Fact]
    public async Task a_published_version_reaches_a_connected_node_without_reconnecting()
    {
        var source = new InMemoryVersionFeedSource();
        source.Publish(SampleVersions.Version(1));
        await using var server = await FeedServer.StartAsync(source);
        await using var node = TestNode.Start(server.FeedBase, "node-a");
        await node.WaitForVersionAsync(1);

        source.Publish(SampleVersions.Version(2));

        await node.WaitForVersionAsync(2);
        Assert.Equal(0, node.Subscriber.Status.ConsecutiveFailures);
        Assert.Null(node.Subscriber.Status.LastConnectionError);
    }

    [Fact]
    public async Task a_node_that_connects_before_any_version_exists_gets_the_first_one_when_published()
    {
        var source = new InMemoryVersionFeedSource();
        await using var server = await FeedServer.StartAsync(source);
        await using var node = TestNode.Start(server.FeedBase, "node-a");
        await Eventually.HoldsAsync(() => node.Subscriber.Status, status => status.Connected);

        source.Publish(SampleVersions.Version(1));

        await node.WaitForVersionAsync(1);
    }

    [Fact]
    public async Task after_the_server_restarts_the_node_reconnects_and_gets_the_version_published_meanwhile()
    {
        var source = new InMemoryVersionFeedSource();
        source.Publish(SampleVersions.Version(1));
        var first = await FeedServer.StartAsync(source);
        await using var node = TestNode.Start(first.FeedBase, "node-a");
        await node.WaitForVersionAsync(1);

        var stopping = Stopwatch.StartNew();
        await first.StopAsync();
        stopping.Stop();
        await first.DisposeAsync();
        source.Publish(SampleVersions.Version(2));
        await Eventually.HoldsAsync(() => node.Subscriber.Status, status => status.ConsecutiveFailures >= 2);
        await using var second = await FeedServer.StartAsync(source, first.Port);

        await node.WaitForVersionAsync(2);
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(5), $"stopping with a node connected took {stopping.Elapsed}");
        Assert.Equal(2, node.Subscriber.Status.AppliedVersion);
    }

    [Fact]
    public async Task a_wrong_token_is_refused_and_the_node_keeps_retrying()
    {
        var source = new InMemoryVersionFeedSource();
        source.Publish(SampleVersions.Version(1));
        await using var server = await FeedServer.StartAsync(source);

        await using var node = TestNode.Start(server.FeedBase, "node-a", token: "not-a-node-token");

        var status = await Eventually.HoldsAsync(() => node.Subscriber.Status, status => status.ConsecutiveFailures >= 3);
        Assert.Contains("401", status.LastConnectionError, StringComparison.Ordinal);
        Assert.False(status.Connected);
        Assert.Empty(node.Received.Snapshot());
    }

    [Fact]
    public async Task a_tampered_table_is_refused_reported_and_the_last_good_one_keeps_serving()
    {
        var source = new InMemoryVersionFeedSource();
        source.Publish(SampleVersions.Version(1));
        await using var server = await FeedServer.StartAsync(source);
        await using var node = TestNode.Start(server.FeedBase, "node-a");
        await node.WaitForVersionAsync(1);

        source.Publish(SampleVersions.Tampered(2));

        var status = await Eventually.HoldsAsync(() => node.Subscriber.Status, status => status.AttemptedVersion == 2);
        Assert.Equal(1, status.AppliedVersion);
        Assert.Contains(status.AttemptErrors, error => error.Contains("not to the announced", StringComparison.Ordinal));
        Assert.DoesNotContain(node.Received.Snapshot(), entry => entry.Version.Version == 2);
        var registry = server.Services.GetRequiredService<INodeRegistry>();
        var report = await Eventually.ReturnsAsync(
            () => registry.FindAsync("infra/edge", "node-a", TestContext.Current.CancellationToken).AsTask(),
            report => report?.AttemptedVersion == 2);
        Assert.Equal(1, report!.Version);
        Assert.NotEmpty(report.Errors);

        source.Publish(SampleVersions.Version(3));
        await node.WaitForVersionAsync(3);
    }

    [Fact]
    public async Task a_version_the_node_refuses_is_reported_with_the_node_s_errors()
    {
        var source = new InMemoryVersionFeedSource();
        source.Publish(SampleVersions.Version(1));
        await using var server = await FeedServer.StartAsync(source);
        await using var node = TestNode.Start(
            server.FeedBase,
            "node-a",
            decide: version => version.Version == 2 ? ApplyOutcome.Refused(["listener http: port 80 is taken"]) : ApplyOutcome.Success());
        await node.WaitForVersionAsync(1);

        source.Publish(SampleVersions.Version(2));

        var registry = server.Services.GetRequiredService<INodeRegistry>();
        var report = await Eventually.ReturnsAsync(
            () => registry.FindAsync("infra/edge", "node-a", TestContext.Current.CancellationToken).AsTask(),
            report => report?.AttemptedVersion == 2);
        Assert.Equal(1, report!.Version);
        Assert.Equal(["listener http: port 80 is taken"], report.Errors);
    }

    [Fact]
    public async Task a_version_for_another_gateway_is_refused()
    {
        var source = new InMemoryVersionFeedSource();
        source.Publish(SampleVersions.Version(1, SampleVersions.Internal) with { Gateway = SampleVersions.Edge });
        await using var server = await FeedServer.StartAsync(source);

        await using var node = TestNode.Start(server.FeedBase, "node-a");

        var status = await Eventually.HoldsAsync(() => node.Subscriber.Status, status => status.AttemptedVersion == 1);
        Assert.Null(status.AppliedVersion);
        Assert.Contains(status.AttemptErrors, error => error.Contains("its table is for infra/internal", StringComparison.Ordinal));
    }
}
