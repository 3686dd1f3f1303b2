using GitOpsGateway.ControlPlane.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GitOpsGateway.ControlPlane.Nodes;

/// <summary>
/// Tells every replica when any of them commits a version: <c>NOTIFY</c> on <see cref="Channel"/> after the
/// commit, and one <c>LISTEN</c> connection per replica that raises the <see cref="VersionRefreshSignal"/>. A new
/// listening connection raises it too, since notifications sent while it was down are lost.
/// </summary>
internal sealed class VersionNotifications(ControlPlaneSettings settings, VersionRefreshSignal signal, ILogger<VersionNotifications> logger)
    : BackgroundService
{
    public const string Channel = "gitops_gateway_versions";

    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan LivenessInterval = TimeSpan.FromSeconds(15);

    public async Task NotifyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(settings.DatabaseConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"SELECT pg_notify('{Channel}', '')", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            NodeFeedLog.NotifyFailed(logger, ActiveVersionFeed.SafetyInterval, exception.Message);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(settings.DatabaseConnectionString)
        {
            Pooling = false,
            KeepAlive = 5,
            ApplicationName = "gitops-gateway versions",
        }.ConnectionString;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, _) => signal.Raise();
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                signal.Raise();
                while (true)
                {
                    if (!await connection.WaitAsync(LivenessInterval, stoppingToken))
                    {
                        await using var ping = new NpgsqlCommand("SELECT 1", connection);
                        await ping.ExecuteNonQueryAsync(stoppingToken);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException or IOException)
            {
                NodeFeedLog.ListenFailed(logger, RetryDelay, exception.Message);
            }

            try
            {
                await Task.Delay(RetryDelay, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
