using GitOpsGateway.NodeFeed.Protocol;
using GitOpsGateway.NodeFeed.Server;
using GitOpsGateway.RouteTables;
using GitOpsGateway.Testing.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.Benchmarks.Node;

/// <summary>
/// The product's node feed (<c>AddNodeFeed</c>/<c>MapNodeFeed</c>, the same SSE endpoints the control plane maps)
/// over an in-memory version source, in the benchmark process: the node is fed for real without PostgreSQL or Git,
/// and a version is published the moment a scenario wants a swap.
/// </summary>
internal sealed class FeedHost : IAsyncDisposable
{
    public const string NodeToken = "benchmark-node-token";

    private readonly WebApplication application;
    private readonly InMemoryVersionFeedSource source;

    private FeedHost(WebApplication application, InMemoryVersionFeedSource source)
    {
        this.application = application;
        this.source = source;
    }

    /// <summary>What a node takes as <c>--control-plane</c>.</summary>
    public Uri ControlPlane => new(application.Urls.Single() + "/");

    public static async Task<FeedHost> StartAsync(CancellationToken cancellationToken)
    {
        var source = new InMemoryVersionFeedSource();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IVersionFeedSource>(source);
        builder.Services.AddNodeFeed(options => options.NodeTokens.Add(new NodeTokenGrant("benchmark-node", NodeTokenEntries.TestGateways, NodeToken)));
        var application = builder.Build();
        application.MapNodeFeed();
        await application.StartAsync(cancellationToken);
        return new FeedHost(application, source);
    }

    public void Publish(NamespacedName gateway, long version, RouteTable table) =>
        source.Publish(new FeedVersion
        {
            Version = version,
            Gateway = gateway,
            Hash = RouteTableHash.Compute(table),
            Table = table,
            Provenance = $"benchmark version {version}",
        });

    public async ValueTask DisposeAsync()
    {
        await application.StopAsync();
        await application.DisposeAsync();
    }
}
