using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GitOpsGateway.NodeFeed.Server;

public static class NodeFeedServiceCollectionExtensions
{
    /// <summary>
    /// The services behind <see cref="NodeFeedEndpointRouteBuilderExtensions.MapNodeFeed"/>. The host registers its
    /// <see cref="IVersionFeedSource"/>; an <see cref="InMemoryNodeRegistry"/> is used unless it registers another
    /// <see cref="INodeRegistry"/>. <see cref="NodeListingQuery"/> answers the listing in process.
    /// </summary>
    public static IServiceCollection AddNodeFeed(this IServiceCollection services, Action<NodeFeedOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<NodeFeedOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<INodeRegistry, InMemoryNodeRegistry>();
        services.TryAddSingleton<FeedConnections>();
        services.TryAddSingleton<FeedFrameCache>();
        services.TryAddSingleton(provider =>
        {
            var feed = provider.GetRequiredService<IOptions<NodeFeedOptions>>().Value;
            return new NodeTokenSet(feed.NodeTokens, feed.NodeTokenOverlap, provider.GetRequiredService<TimeProvider>());
        });
        services.TryAddSingleton<NodeTokenAuthenticator>();
        services.TryAddSingleton(provider => new NodeListingQuery(
            provider.GetRequiredService<IVersionFeedSource>(),
            provider.GetRequiredService<INodeRegistry>(),
            provider.GetRequiredService<FeedConnections>()));
        services.TryAddSingleton<FeedStreamEndpoint>();
        services.TryAddSingleton<ReportEndpoint>();
        services.TryAddSingleton<NodeListingEndpoint>();
        return services;
    }
}
