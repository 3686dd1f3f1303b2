using System.Net;
using System.Net.Http.Json;
using GitOpsGateway.NodeFeed.Protocol;
using GitOpsGateway.NodeFeed.Server;
using GitOpsGateway.NodeFeed.Tests.Support;

namespace GitOpsGateway.NodeFeed.Tests.Server;

/// <summary>The feed endpoint seen from a plain HTTP client, line by line.</summary>
public sealed class FeedStreamTests
{
    private const string FeedPath = "feed?gateway=infra/edge&node=node-a";

    [Fact]
    public async Task the_stream_opens_with_the_current_version_whose_event_id_is_the_version_number()
    {
        var source = new InMemoryVersionFeedSource();
        source.Publish(SampleVersions.Version(5));
        await using var server = await FeedServer.StartAsync(source);
        using var client = server.CreateClient();

        using var response = await client.GetAsync(FeedPath, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        using var reader = new SseEventReader(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        var message = await reader.ReadEventAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.NotNull(message);
        Assert.Equal("version", message.Type);
        Assert.Equal("5", message.Id);
        Assert.Equal(SampleVersions.Version(5), FeedMessageCodec.Decode(System.Text.Encoding.UTF8.GetBytes(message.Data)).Version);
    }

    [Fact]
    public async Task a_matching_last_event_id_confirmed_by_the_node_s_report_is_not_resent_and_heartbeats_follow()
    {
        var source = new InMemoryVersionFeedSource();
        var current = SampleVersions.Version(5);
        source.Publish(current);
        await using var server = await FeedServer.StartAsync(source, heartbeat: TimeSpan.FromMilliseconds(100));
        using var client = server.CreateClient();
        var report = new NodeReport { Node = "node-a", Gateway = "infra/edge", Version = 5, Hash = current.Hash, AppliedAt = DateTimeOffset.UtcNow };
        using var posted = await client.PostAsJsonAsync("reports", report, NodeFeedJsonContext.Default.NodeReport, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NoContent, posted.StatusCode);

        var lines = await ReadLinesAsync(client, lastEventId: "5", count: 6);

        Assert.Equal([": connected", "", ": heartbeat", "", ": heartbeat", ""], lines);
    }

    [Fact]
    public async Task a_last_event_id_without_a_confirming_report_still_gets_the_current_version()
    {
        var source = new InMemoryVersionFeedSource();
        source.Publish(SampleVersions.Version(5));
        await using var server = await FeedServer.StartAsync(source, heartbeat: TimeSpan.FromMilliseconds(100));
        using var client = server.CreateClient();

        var lines = await ReadLinesAsync(client, lastEventId: "5", count: 5);

        Assert.Equal([": connected", "", "id: 5", "event: version"], lines[..4]);
        Assert.StartsWith("data: {", lines[4], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer not-a-node-token")]
    [InlineData("Basic bm9kZTpub2Rl")]
    [InlineData("Bearer " + FeedServer.ReaderToken)]
    public async Task the_feed_refuses_anything_but_a_node_token(string? authorization)
    {
        await using var server = await FeedServer.StartAsync(new InMemoryVersionFeedSource());
        using var client = server.CreateClient(token: null);
        using var request = new HttpRequestMessage(HttpMethod.Get, FeedPath);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Theory]
    [InlineData("feed?node=node-a")]
    [InlineData("feed?gateway=edge&node=node-a")]
    [InlineData("feed?gateway=infra/edge")]
    [InlineData("feed?gateway=infra/edge&node=a%20b")]
    [InlineData("feed?gateway=../etc&node=node-a")]
    public async Task the_feed_needs_a_gateway_and_a_node_id(string path)
    {
        await using var server = await FeedServer.StartAsync(new InMemoryVersionFeedSource());
        using var client = server.CreateClient();

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<string[]> ReadLinesAsync(HttpClient client, string lastEventId, int count)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, FeedPath);
        request.Headers.Add("Last-Event-ID", lastEventId);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        var lines = new string[count];
        for (var index = 0; index < count; index++)
        {
            lines[index] = await reader.ReadLineAsync(TestContext.Current.CancellationToken)
                .AsTask().WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken) ?? "<end of stream>";
        }

        return lines;
    }
}
