using GitOpsGateway.NodeFeed.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.NodeFeed.Tests.Support;

/// <summary>A real Kestrel on 127.0.0.1 serving the node feed from a given source; restartable on the same port.</summary>
internal sealed class FeedServer : IAsyncDisposable
{
    public const string NodeToken = "node-token-for-tests";
    public const string ReaderToken = "reader-token-for-tests";

    private readonly WebApplication app;

    private FeedServer(WebApplication app, int port)
    {
        this.app = app;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The feed endpoints' base, as nodes are configured with it.</summary>
    public Uri FeedBase => new($"http://127.0.0.1:{Port}/api/v1/nodes/");

    public IServiceProvider Services => app.Services;

    public static async Task<FeedServer> StartAsync(
        IVersionFeedSource source,
        int port = 0,
        TimeSpan? heartbeat = null,
        INodeRegistry? registry = null,
        IReadOnlyList<NodeTokenGrant>? grants = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(source);
        if (registry is not null)
        {
            builder.Services.AddSingleton(registry);
        }

        builder.Services.AddNodeFeed(options =>
        {
            foreach (var grant in grants ?? [new NodeTokenGrant("test-node", ["infra/edge", "infra/internal", "a/b"], NodeToken)])
            {
                options.NodeTokens.Add(grant);
            }

            options.ReaderTokens.Add(ReaderToken);
            options.HeartbeatInterval = heartbeat ?? TimeSpan.FromSeconds(15);
        });
        var app = builder.Build();
        app.MapNodeFeed();
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new FeedServer(app, new Uri(app.Urls.Single()).Port);
    }

    public HttpClient CreateClient(string? token = NodeToken)
    {
        var client = new HttpClient { BaseAddress = FeedBase, Timeout = TimeSpan.FromSeconds(30) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        }

        return client;
    }

    public Task StopAsync() => app.StopAsync(TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
