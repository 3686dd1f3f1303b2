using GitOpsGateway.ControlPlane.Configuration;
using GitOpsGateway.NodeFeed.Server;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.ControlPlane.Nodes;

/// <summary>
/// The node feed as the control plane serves it: active versions mirrored from the event store into memory,
/// refreshed on every local commit of a version and on <c>NOTIFY</c> from other replicas; node tokens from the
/// settings, re-read from <c>NodeTokensFile</c> while running; the admin token reads the node listing too.
/// </summary>
public static class ControlPlaneNodeFeed
{
    public const string Prefix = "/api/v1/nodes";

    /// <summary>How often <c>NodeTokensFile</c> is compared with what was read last; reading a small file costs nothing.</summary>
    public static readonly TimeSpan NodeTokensReloadInterval = TimeSpan.FromSeconds(2);

    public static IServiceCollection AddControlPlaneNodeFeed(this IServiceCollection services, ControlPlaneSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        services.AddSingleton<InMemoryVersionFeedSource>();
        services.AddSingleton<IVersionFeedSource>(provider => provider.GetRequiredService<InMemoryVersionFeedSource>());
        services.AddSingleton<VersionRefreshSignal>();
        services.AddSingleton<VersionNotifications>();
        services.AddHostedService(provider => provider.GetRequiredService<VersionNotifications>());
        services.AddSingleton<ActiveVersionFeed>();
        services.AddHostedService(provider => provider.GetRequiredService<ActiveVersionFeed>());
        services.AddSingleton<VersionCommitListener>();
        services.ConfigureMarten((provider, options) => options.Listeners.Add(provider.GetRequiredService<VersionCommitListener>()));
        services.AddNodeFeed(options =>
        {
            foreach (var grant in settings.NodeTokens)
            {
                options.NodeTokens.Add(grant);
            }

            options.NodeTokenOverlap = settings.NodeTokensOverlap;
            options.ReaderTokens.Add(settings.AdminToken);
        });
        if (settings.NodeTokensFile is { } tokensFile)
        {
            services.AddHostedService(provider => new NodeTokensFileWatcher(
                tokensFile,
                NodeTokensReloadInterval,
                provider.GetRequiredService<NodeTokenSet>(),
                provider.GetRequiredService<ILogger<NodeTokensFileWatcher>>()));
        }

        return services;
    }

    /// <summary>The feed endpoints check their own bearer tokens, so the admin API's policy does not apply to them.</summary>
    public static IEndpointRouteBuilder MapControlPlaneNodeFeed(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapNodeFeed(Prefix).AllowAnonymous().WithTags("Nodes");
        return endpoints;
    }
}
