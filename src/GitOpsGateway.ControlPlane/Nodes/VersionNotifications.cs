using GitOpsGateway.ControlPlane.Configuration;
using GitOpsGateway.ControlPlane.Resilience;
using GitOpsGateway.Events.Resilience;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GitOpsGateway.ControlPlane.Nodes;

/// <summary>
/// Tells every replica when any of them commits a version: <c>NOTIFY</c> on <see cref="Channel"/> after the
/// commit, and one <c>LISTEN</c> connection per replica that raises the <see cref="VersionRefreshSignal"/>. A new
/// listening connection raises it too, since notifications sent while it was down are lost. A lost connection is
/// opened again by the <see cref="SupervisedLoop"/>.
/// </summary>
internal sealed class VersionNotifications(
    ControlPlaneSettings settings, VersionRefreshSignal signal, DependencyOutages outages, ILogger<VersionNotifications> logger)
    : BackgroundService
{
    public const string Channel = "gitops_gateway_versions";

    private readonly SupervisedLoop loop = new(nameof(VersionNotifications), Dependency.Database, outages, logger);

    public async Task NotifyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(settings.DatabaseConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"SELECT pg_notify('{Channel}', '')", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception exception) when (TransientFailure.IsTransient(exception))
        {
            NodeFeedLog.NotifyFailed(logger, ActiveVersionFeed.SafetyInterval, TransientFailure.Describe(exception));
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        loop.RunAsync(ListenAsync, stoppingToken);

    private Task ListenAsync(CancellationToken stoppingToken) =>
        NotificationListener.ListenAsync(
            settings.DatabaseConnectionString,
            "gitops-gateway versions",
            Channel,
            signal.Raise,
            () =>
            {
                loop.Healthy();
                signal.Raise();
            },
            stoppingToken);
}
