using GitOpsGateway.ControlPlane.Configuration;
using GitOpsGateway.ControlPlane.Resilience;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.ControlPlane.Tokens;

/// <summary>
/// One <c>LISTEN</c> connection per replica on <see cref="ApiTokenStore.Channel"/>: a token change on any replica
/// clears this replica's <see cref="ApiTokenCache"/>. A new connection clears it too, since notifications sent
/// while it was down are lost; the cache's short <see cref="ApiTokenCache.MaxAge"/> covers that gap.
/// </summary>
internal sealed class ApiTokenNotifications(
    ControlPlaneSettings settings, ApiTokenCache cache, DependencyOutages outages, ILogger<ApiTokenNotifications> logger)
    : BackgroundService
{
    private readonly SupervisedLoop loop = new(nameof(ApiTokenNotifications), Dependency.Database, outages, logger);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        loop.RunAsync(ListenAsync, stoppingToken);

    private Task ListenAsync(CancellationToken stoppingToken) =>
        NotificationListener.ListenAsync(
            settings.DatabaseConnectionString,
            "gitops-gateway api tokens",
            ApiTokenStore.Channel,
            cache.Clear,
            () =>
            {
                loop.Healthy();
                cache.Clear();
            },
            stoppingToken);
}
