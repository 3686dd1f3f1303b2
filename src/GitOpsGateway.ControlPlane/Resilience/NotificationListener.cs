using Npgsql;

namespace GitOpsGateway.ControlPlane.Resilience;

/// <summary>
/// A dedicated, unpooled connection that <c>LISTEN</c>s on one channel until cancelled or lost; a lost connection
/// ends it with the failure, for the caller's <see cref="SupervisedLoop"/> to open it again. Pinging an idle
/// connection makes a silently dropped one fail instead of waiting for ever.
/// </summary>
internal static class NotificationListener
{
    private static readonly TimeSpan LivenessInterval = TimeSpan.FromSeconds(15);

    /// <param name="onListening">Runs once <c>LISTEN</c> is in force: notifications sent before it were lost, so the caller catches up.</param>
    public static async Task ListenAsync(
        string databaseConnectionString,
        string applicationName,
        string channel,
        Action onNotification,
        Action onListening,
        CancellationToken cancellationToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(databaseConnectionString)
        {
            Pooling = false,
            KeepAlive = 5,
            ApplicationName = applicationName,
        }.ConnectionString;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        connection.Notification += (_, _) => onNotification();
        await using (var listen = new NpgsqlCommand($"LISTEN {channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(cancellationToken);
        }

        onListening();
        while (true)
        {
            if (!await connection.WaitAsync(LivenessInterval, cancellationToken))
            {
                await using var ping = new NpgsqlCommand("SELECT 1", connection);
                await ping.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }
}
