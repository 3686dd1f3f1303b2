using System.Text;
using GitOpsGateway.NodeFeed.Protocol;
using GitOpsGateway.NodeFeed.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.NodeFeed.Tests.Client;

/// <summary>A hand-written server that sends what our own feed never would.</summary>
public sealed class MalformedFeedTests
{
    [Fact]
    public async Task an_unreadable_message_is_reported_and_the_next_good_one_applies()
    {
        var reports = new Recorded<NodeReport>();
        await using var app = await StartAsync(
            async context =>
            {
                context.Response.ContentType = "text/event-stream";
                await context.Response.WriteAsync("id: 7\nevent: version\ndata: {\"version\": 7, not json\n\n", context.RequestAborted);
                await context.Response.WriteAsync("event: gossip\ndata: ignored\n\n", context.RequestAborted);
                await context.Response.Body.WriteAsync(SseFrames.Version(SampleVersions.Version(8)), context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            },
            reports);
        var feedBase = new Uri(app.Urls.Single() + "/api/v1/nodes/");

        await using var node = TestNode.Start(feedBase, "node-a");

        await node.WaitForVersionAsync(8);
        var refused = await reports.WaitForAsync(report => report.AttemptedVersion == 7);
        Assert.Null(refused.Version);
        Assert.Contains(refused.Errors, error => error.Contains("not valid JSON", StringComparison.Ordinal));
        var applied = await reports.WaitForAsync(report => report.Version == 8);
        Assert.Empty(applied.Errors);
        Assert.Equal(0, node.Subscriber.Status.ConsecutiveFailures);
    }

    [Fact]
    public async Task a_server_that_goes_silent_is_left_after_the_idle_timeout()
    {
        var connections = 0;
        await using var app = await StartAsync(
            async context =>
            {
                Interlocked.Increment(ref connections);
                context.Response.ContentType = "text/event-stream";
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            },
            new Recorded<NodeReport>());
        var feedBase = new Uri(app.Urls.Single() + "/api/v1/nodes/");

        await using var node = TestNode.Start(feedBase, "node-a", adjust: options => options with { IdleTimeout = TimeSpan.FromMilliseconds(300) });

        var status = await Eventually.HoldsAsync(
            () => node.Subscriber.Status,
            status => status.LastConnectionError is not null && Volatile.Read(ref connections) >= 2);
        Assert.Contains("sent nothing", status.LastConnectionError, StringComparison.Ordinal);
    }

    private static async Task<WebApplication> StartAsync(RequestDelegate feed, Recorded<NodeReport> reports)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/api/v1/nodes/feed", feed);
        app.MapPost("/api/v1/nodes/reports", async context =>
        {
            var body = await new StreamReader(context.Request.Body, Encoding.UTF8).ReadToEndAsync(context.RequestAborted);
            reports.Add(System.Text.Json.JsonSerializer.Deserialize(body, NodeFeedJsonContext.Default.NodeReport)!);
            context.Response.StatusCode = StatusCodes.Status204NoContent;
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        return app;
    }
}
