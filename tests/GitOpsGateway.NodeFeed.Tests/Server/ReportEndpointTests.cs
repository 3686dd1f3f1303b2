using System.Net;
using System.Net.Http.Json;
using System.Text;
using GitOpsGateway.NodeFeed.Protocol;
using GitOpsGateway.NodeFeed.Server;
using GitOpsGateway.NodeFeed.Tests.Support;

namespace GitOpsGateway.NodeFeed.Tests.Server;

public sealed class ReportEndpointTests
{
    [Fact]
    public async Task a_report_is_stored_with_the_time_the_control_plane_received_it()
    {
        var registry = new InMemoryNodeRegistry();
        await using var server = await FeedServer.StartAsync(new InMemoryVersionFeedSource(), registry: registry);
        using var client = server.CreateClient();
        var claimed = new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var report = new NodeReport { Node = "node-a", Gateway = "infra/edge", Version = 4, Hash = new string('a', 64), ReceivedAt = claimed };
        var before = DateTimeOffset.UtcNow;

        using var response = await client.PostAsJsonAsync("reports", report, NodeFeedJsonContext.Default.NodeReport, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var stored = await registry.FindAsync("infra/edge", "node-a", TestContext.Current.CancellationToken);
        Assert.NotNull(stored);
        Assert.Equal(4, stored.Version);
        Assert.InRange(stored.ReceivedAt!.Value, before, DateTimeOffset.UtcNow);
    }

    [Theory]
    [InlineData("""{"node":"node-a"}""")]
    [InlineData("""{"node":"node a","gateway":"infra/edge"}""")]
    [InlineData("""{"node":"node-a","gateway":"edge"}""")]
    [InlineData("""{"node":"node-a","gateway":"infra/edge","version":3}""")]
    [InlineData("""{"node":"node-a","gateway":"infra/edge","errors":null}""")]
    [InlineData("not json")]
    public async Task a_malformed_report_is_refused(string body)
    {
        var registry = new InMemoryNodeRegistry();
        await using var server = await FeedServer.StartAsync(new InMemoryVersionFeedSource(), registry: registry);
        using var client = server.CreateClient();

        using var response = await client.PostAsync("reports", new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await registry.ListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task a_report_with_too_many_errors_is_refused()
    {
        await using var server = await FeedServer.StartAsync(new InMemoryVersionFeedSource());
        using var client = server.CreateClient();
        var report = new NodeReport { Node = "node-a", Gateway = "infra/edge", Errors = [.. Enumerable.Repeat("bad", ReportEndpoint.MaxErrors + 1)] };

        using var response = await client.PostAsJsonAsync("reports", report, NodeFeedJsonContext.Default.NodeReport, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task a_report_needs_a_node_token_and_json()
    {
        await using var server = await FeedServer.StartAsync(new InMemoryVersionFeedSource());
        using var reader = server.CreateClient(FeedServer.ReaderToken);
        using var node = server.CreateClient();
        var report = new NodeReport { Node = "node-a", Gateway = "infra/edge" };

        using var unauthorized = await reader.PostAsJsonAsync("reports", report, NodeFeedJsonContext.Default.NodeReport, TestContext.Current.CancellationToken);
        using var notJson = await node.PostAsync("reports", new StringContent("node-a", Encoding.UTF8, "text/plain"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notJson.StatusCode);
    }
}
