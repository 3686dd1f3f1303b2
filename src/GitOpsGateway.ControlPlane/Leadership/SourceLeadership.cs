using System.Collections.Concurrent;
using GitOpsGateway.ControlPlane.Configuration;
using GitOpsGateway.ControlPlane.Logging;
using GitOpsGateway.ControlPlane.Resilience;
using GitOpsGateway.ControlPlane.Watching;
using GitOpsGateway.Events.Resilience;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GitOpsGateway.ControlPlane.Leadership;

/// <summary>
/// Decides which replica ingests each source. A replica leads a source while it holds the source's session-level
/// advisory lock (<c>pg_try_advisory_lock</c>) on one dedicated connection; PostgreSQL drops the locks with the
/// connection, so when a leader dies another replica's next try takes over. The same connection LISTENs on
/// <see cref="NotifyChannel"/>: a replica that is not the leader forwards "sync now" to whoever is. A lost
/// connection drops every lock; the <see cref="SupervisedLoop"/> reconnects with backoff and tries again.
/// </summary>
public sealed class SourceLeadership(ControlPlaneSettings settings, SourceSignals signals, DependencyOutages outages, ILogger<SourceLeadership> logger)
    : BackgroundService
{
    public const string NotifyChannel = "gitops_gateway_sync";

    /// <summary>The name of the connection holding the leadership locks, which tells them from other advisory locks.</summary>
    public const string LeadershipApplicationName = "gitops-gateway leadership";

    private readonly SupervisedLoop loop = new(nameof(SourceLeadership), Dependency.Database, outages, logger);
    private readonly ConcurrentDictionary<string, bool> leading = new(StringComparer.Ordinal);

    public bool IsLeading(string source) => leading.TryGetValue(source, out var held) && held;

    /// <summary>Asks the leader of <paramref name="source"/>, whichever replica it is, to sync now.</summary>
    public async Task NotifyLeaderAsync(string source, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(settings.DatabaseConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT pg_notify(@channel, @source)", connection);
        command.Parameters.AddWithValue("channel", NotifyChannel);
        command.Parameters.AddWithValue("source", source);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        loop.RunAsync(HoldLocksAsync, stoppingToken);

    private async Task HoldLocksAsync(CancellationToken stoppingToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(settings.DatabaseConnectionString)
        {
            Pooling = false,
            KeepAlive = 5,
            ApplicationName = LeadershipApplicationName,
        }.ConnectionString;
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(stoppingToken);
            connection.Notification += (_, notification) => WakeIfLeading(notification.Payload);
            await ExecuteAsync(connection, $"LISTEN {NotifyChannel}", stoppingToken);
            loop.Healthy();
            while (true)
            {
                foreach (var source in settings.Sources.Where(source => !IsLeading(source.Name)))
                {
                    await TryLockAsync(connection, source.Name, stoppingToken);
                }

                // The locks above are also the heartbeat; a replica that leads everything still checks the connection.
                await ExecuteAsync(connection, "SELECT 1", stoppingToken);
                await connection.WaitAsync(settings.LeadershipRetryInterval, stoppingToken);
            }
        }
        catch (Exception exception) when (!leading.IsEmpty && !stoppingToken.IsCancellationRequested)
        {
            // Another replica may take the sources over from now on; the loop reconnects and tries to lead again.
            ControlPlaneLog.LeadershipLost(logger, TransientFailure.Describe(exception));
            throw;
        }
        finally
        {
            leading.Clear();
            await ReleaseAsync(connection);
        }
    }

    private async Task TryLockAsync(NpgsqlConnection connection, string source, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
        command.Parameters.AddWithValue("key", SourceLockKey.For(source));
        if (await command.ExecuteScalarAsync(cancellationToken) is true)
        {
            leading[source] = true;
            ControlPlaneLog.LeadershipAcquired(logger, source);
            signals.Wake(source);
        }
    }

    private void WakeIfLeading(string source)
    {
        if (IsLeading(source))
        {
            signals.Wake(source);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // Closing the connection releases the locks anyway; unlocking first makes a clean stop visible at once.
    private static async Task ReleaseAsync(NpgsqlConnection connection)
    {
        try
        {
            if (connection.FullState == System.Data.ConnectionState.Open)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await ExecuteAsync(connection, "SELECT pg_advisory_unlock_all()", timeout.Token);
            }
        }
        catch (Exception exception) when (exception is NpgsqlException or OperationCanceledException or InvalidOperationException)
        {
            // The connection is going away; PostgreSQL releases the locks when it closes.
        }
        finally
        {
            await connection.DisposeAsync();
        }
    }
}
