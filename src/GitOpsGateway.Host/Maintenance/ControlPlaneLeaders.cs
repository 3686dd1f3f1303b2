using GitOpsGateway.ControlPlane.Leadership;
using Npgsql;

namespace GitOpsGateway.Host.Maintenance;

/// <summary>
/// Whether a control plane leads any source of a database: leaders hold session advisory locks on a connection
/// they name <see cref="SourceLeadership.LeadershipApplicationName"/>, which tells their
/// locks from those of Wolverine or other tools.
/// </summary>
internal static class ControlPlaneLeaders
{
    /// <returns>The backends (process ids) holding a leadership lock in this database.</returns>
    public static async Task<IReadOnlyList<int>> FindAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            SELECT DISTINCT activity.pid
            FROM pg_locks AS locks JOIN pg_stat_activity AS activity ON activity.pid = locks.pid
            WHERE locks.locktype = 'advisory' AND locks.granted
              AND activity.datname = current_database() AND activity.application_name = @name
            ORDER BY activity.pid
            """,
            connection);
        command.Parameters.AddWithValue("name", SourceLeadership.LeadershipApplicationName);
        var leaders = new List<int>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            leaders.Add(reader.GetInt32(0));
        }

        return leaders;
    }
}
