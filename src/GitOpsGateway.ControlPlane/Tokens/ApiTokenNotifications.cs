using GitOpsGateway.ControlPlane.Configuration;
using GitOpsGateway.ControlPlane.Resilience;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

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
    private static readonly TimeSpan LivenessInterval = TimeSpan.FromSeconds(15);

    private readonly SupervisedLoop loop = new(nameof(ApiTokenNotifications), Dependency.Database, outages, logger);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        loop.RunAsync(ListenAsync, stoppingToken);

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(settings.DatabaseConnectionString)
        {
            Pooling = false,
            KeepAlive = 5,
            ApplicationName = "gitops-gateway api tokens",
        }.ConnectionString;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(stoppingToken);
        connection.Notification += (_, _) => cache.Clear();
        await using (var listen = new NpgsqlCommand($"LISTEN {ApiTokenStore.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        loop.Healthy();
        cache.Clear();
        while (true)
        {
            if (!await connection.WaitAsync(LivenessInterval, stoppingToken))
            {
                await using var ping = new NpgsqlCommand("SELECT 1", connection);
                await ping.ExecuteNonQueryAsync(stoppingToken);
            }
        }
    }
}
