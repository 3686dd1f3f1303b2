using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GitOpsGateway.NodeFeed.Client;
using GitOpsGateway.NodeFeed.Protocol;
using GitOpsGateway.NodeFeed.Server;
using GitOpsGateway.NodeFeed.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GitOpsGateway.NodeFeed.Tests.Server;

public sealed class NodeListingTests
{
    [Fact]
    public async Task the_listing_shows_which_node_runs_which_version_and_convergence_on_the_active_one()
    {
        var source = new InMemoryVersionFeedSource();
        source.Publish(SampleVersions.Version(1));
        await using var server = await FeedServer.StartAsync(source);
        await using var eager = TestNode.Start(server.FeedBase, "node-a");
        await using var stuck = TestNode.Start(
            server.FeedBase,
            "node-b",
            decide: version => version.Version >= 2 ? ApplyOutcome.Refused(["certificate infra/wildcard-cert is missing"]) : ApplyOutcome.Success());
        await using var stranger = TestNode.Start(server.FeedBase, "node-c", gateway: SampleVersions.Internal);
        await eager.WaitForVersionAsync(1);
        await stuck.WaitForVersionAsync(1);

        source.Publish(SampleVersions.Version(2));
        using var client = server.CreateClient(FeedServer.ReaderToken);
        var listing = await Eventually.ReturnsAsync(
            () => client.GetFromJsonAsync("", NodeFeedJsonContext.Default.NodeListing, TestContext.Current.CancellationToken)!,
            listing => listing!.Nodes.Count == 3
                && listing.Nodes.Any(node => node.Report is { Node: "node-a", Version: 2 })
                && listing.Nodes.Any(node => node.Report is { Node: "node-b", AttemptedVersion: 2 }));

        var edge = Assert.Single(listing!.Gateways, gateway => gateway.Gateway == "infra/edge");
        Assert.Equal(2, edge.ActiveVersion);
        Assert.Equal(SampleVersions.Version(2).Hash, edge.ActiveHash);
        Assert.Equal(2, edge.Nodes);
        Assert.Equal(1, edge.NodesOnActiveVersion);
        Assert.Equal([(2L, 1), (1L, 1)], edge.Versions.Select(count => (count.Version!.Value, count.Nodes)));
        var internalGateway = Assert.Single(listing.Gateways, gateway => gateway.Gateway == "infra/internal");
        Assert.Null(internalGateway.ActiveVersion);
        Assert.Equal(0, internalGateway.NodesOnActiveVersion);
        var nodeB = Assert.Single(listing.Nodes, node => node.Report.Node == "node-b");
        Assert.Equal(1, nodeB.Report.Version);
        Assert.Equal(["certificate infra/wildcard-cert is missing"], nodeB.Report.Errors);
        Assert.False(nodeB.RunsActiveVersion);
        Assert.True(nodeB.Connected);
        var nodeC = Assert.Single(listing.Nodes, node => node.Report.Node == "node-c");
        Assert.Null(nodeC.Report.Version);
        Assert.Equal(["infra/edge", "infra/edge", "infra/internal"], listing.Nodes.Select(node => node.Report.Gateway));
    }

    [Fact]
    public async Task a_node_that_disconnects_stays_listed_with_its_last_report_but_not_connected()
    {
        var source = new InMemoryVersionFeedSource();
        source.Publish(SampleVersions.Version(1));
        await using var server = await FeedServer.StartAsync(source);
        var node = TestNode.Start(server.FeedBase, "node-a");
        await node.WaitForVersionAsync(1);
        using var client = server.CreateClient(FeedServer.ReaderToken);
        await Eventually.ReturnsAsync(
            () => client.GetFromJsonAsync("", NodeFeedJsonContext.Default.NodeListing, TestContext.Current.CancellationToken)!,
            listing => listing!.Nodes is [{ Connected: true, RunsActiveVersion: true }]);

        await node.DisposeAsync();

        var listing = await Eventually.ReturnsAsync(
            () => client.GetFromJsonAsync("", NodeFeedJsonContext.Default.NodeListing, TestContext.Current.CancellationToken)!,
            listing => listing!.Nodes is [{ Connected: false }]);
        Assert.Equal(1, listing!.Nodes[0].Report.Version);
        Assert.Equal(1, listing.Gateways[0].NodesOnActiveVersion);
    }

    [Fact]
    public async Task the_listing_query_answers_in_process_what_the_endpoint_answers()
    {
        var source = new InMemoryVersionFeedSource();
        source.Publish(SampleVersions.Version(1));
        await using var server = await FeedServer.StartAsync(source);
        await using var node = TestNode.Start(server.FeedBase, "node-a");
        var registry = server.Services.GetRequiredService<INodeRegistry>();
        await Eventually.ReturnsAsync(
            () => registry.FindAsync("infra/edge", "node-a", TestContext.Current.CancellationToken).AsTask(),
            report => report?.Version == 1);
        using var client = server.CreateClient(FeedServer.ReaderToken);

        var overHttp = await client.GetStringAsync("", TestContext.Current.CancellationToken);
        var inProcess = await server.Services.GetRequiredService<NodeListingQuery>().ListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(overHttp, JsonSerializer.Serialize(inProcess, NodeFeedJsonContext.Default.NodeListing));
        Assert.Equal(1, inProcess.Gateways.Single().NodesOnActiveVersion);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("someone-else", HttpStatusCode.Unauthorized)]
    [InlineData(FeedServer.ReaderToken, HttpStatusCode.OK)]
    [InlineData(FeedServer.NodeToken, HttpStatusCode.OK)]
    public async Task the_listing_takes_a_reader_or_a_node_token(string? token, HttpStatusCode expected)
    {
        await using var server = await FeedServer.StartAsync(new InMemoryVersionFeedSource());
        using var client = server.CreateClient(token);

        using var response = await client.GetAsync("/api/v1/nodes", TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
    }
}
