using System.Net;
using System.Net.Http.Json;
using GitOpsGateway.NodeFeed.Protocol;
using GitOpsGateway.NodeFeed.Server;
using GitOpsGateway.NodeFeed.Tests.Support;
using GitOpsGateway.RouteTables;
using Microsoft.Extensions.DependencyInjection;

namespace GitOpsGateway.NodeFeed.Tests.Server;

/// <summary>Node tokens bound to Gateways, over real HTTP: a token names what it may read and report for.</summary>
public sealed class NodeTokenScopeTests
{
    private const string EdgeToken = "edge-node-token-0123456789";
    private const string InternalToken = "internal-node-token-0123456789";
    private static readonly NamespacedName Internal = new() { Namespace = "infra", Name = "internal" };

    private static readonly NodeTokenGrant[] Grants =
    [
        new("edge-nodes", ["infra/edge"], EdgeToken),
        new("internal-nodes", ["infra/internal"], InternalToken),
    ];

    [Fact]
    public async Task a_node_token_for_one_gateway_cannot_read_another_gateways_table()
    {
        var source = new InMemoryVersionFeedSource();
        source.Publish(SampleVersions.Version(3));
        source.Publish(SampleVersions.Version(7, Internal));
        await using var server = await FeedServer.StartAsync(source, grants: Grants);
        using var internalNode = server.CreateClient(InternalToken);

        using var refused = await internalNode.GetAsync("feed?gateway=infra/edge&node=node-a", HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        using var own = await internalNode.GetAsync("feed?gateway=infra/internal&node=node-a", HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var reason = await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("'internal-nodes' does not serve Gateway infra/edge", reason, StringComparison.Ordinal);
        Assert.DoesNotContain(InternalToken, reason, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        using var reader = new SseEventReader(await own.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        var message = await reader.ReadEventAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        Assert.Equal("7", message?.Id);
    }

    [Fact]
    public async Task a_node_token_for_one_gateway_cannot_report_for_another()
    {
        var registry = new InMemoryNodeRegistry();
        await using var server = await FeedServer.StartAsync(new InMemoryVersionFeedSource(), registry: registry, grants: Grants);
        using var internalNode = server.CreateClient(InternalToken);
        var report = new NodeReport { Node = "node-a", Gateway = "infra/edge", Version = 4, Hash = new string('a', 64) };

        using var refused = await internalNode.PostAsJsonAsync("reports", report, NodeFeedJsonContext.Default.NodeReport, TestContext.Current.CancellationToken);
        using var own = await internalNode.PostAsJsonAsync("reports", report with { Gateway = "infra/internal" }, NodeFeedJsonContext.Default.NodeReport, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("does not serve Gateway infra/edge", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, own.StatusCode);
        Assert.Equal(["infra/internal"], (await registry.ListAsync(TestContext.Current.CancellationToken)).Select(stored => stored.Gateway));
    }

    [Fact]
    public async Task a_node_token_lists_the_nodes_of_its_own_gateways_and_a_reader_token_lists_all()
    {
        var registry = new InMemoryNodeRegistry();
        await using var server = await FeedServer.StartAsync(new InMemoryVersionFeedSource(), registry: registry, grants: Grants);
        await registry.RecordAsync(new NodeReport { Node = "edge-1", Gateway = "infra/edge" }, TestContext.Current.CancellationToken);
        await registry.RecordAsync(new NodeReport { Node = "internal-1", Gateway = "infra/internal" }, TestContext.Current.CancellationToken);
        using var edgeNode = server.CreateClient(EdgeToken);
        using var reader = server.CreateClient(FeedServer.ReaderToken);

        var seenByNode = await edgeNode.GetFromJsonAsync("/api/v1/nodes", NodeFeedJsonContext.Default.NodeListing, TestContext.Current.CancellationToken);
        var seenByReader = await reader.GetFromJsonAsync("/api/v1/nodes", NodeFeedJsonContext.Default.NodeListing, TestContext.Current.CancellationToken);

        Assert.Equal(["edge-1"], seenByNode!.Nodes.Select(node => node.Report.Node));
        Assert.Equal(["infra/edge"], seenByNode.Gateways.Select(gateway => gateway.Gateway));
        Assert.Equal(["edge-1", "internal-1"], seenByReader!.Nodes.Select(node => node.Report.Node));
    }

    [Fact]
    public async Task a_revoked_token_is_refused_and_its_open_feed_ends()
    {
        var source = new InMemoryVersionFeedSource();
        source.Publish(SampleVersions.Version(3));
        await using var server = await FeedServer.StartAsync(source, heartbeat: TimeSpan.FromMilliseconds(100), grants: Grants);
        using var edgeNode = server.CreateClient(EdgeToken);
        using var open = await edgeNode.GetAsync("feed?gateway=infra/edge&node=node-a", HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        var stream = await open.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken);

        server.Services.GetRequiredService<NodeTokenSet>().Replace([Grants[1]]);

        using var drain = new StreamReader(stream);
        var ended = await drain.ReadToEndAsync(TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.Contains("version", ended, StringComparison.Ordinal);
        using var again = await edgeNode.GetAsync("feed?gateway=infra/edge&node=node-a", HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
    }
}
