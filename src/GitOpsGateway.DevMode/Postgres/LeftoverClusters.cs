using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.DevMode.Postgres;

/// <summary>
/// Cleans up after dev runs that were killed (<c>kill -9</c>, a closed terminal): their PostgreSQL server, detached
/// by <c>pg_ctl</c>, outlives them. A session folder whose cluster marker names a process that no longer exists is
/// stopped and deleted; a folder of a live run is left alone.
/// </summary>
public static class LeftoverClusters
{
    /// <returns>How many session folders were cleaned up.</returns>
    public static async Task<int> CleanAsync(string parent, string sessionPrefix, string clusterFolderName, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(logger);
        if (!Directory.Exists(parent) || PostgresTools.Find() is not { } tools)
        {
            return 0;
        }

        var cleaned = 0;
        foreach (var session in Directory.EnumerateDirectories(parent, sessionPrefix + "*"))
        {
            var cluster = Path.Combine(session, clusterFolderName);
            var marker = Path.Combine(cluster, ThrowawayPostgres.MarkerFileName);
            if (!File.Exists(marker) || OwnerIsAlive(await File.ReadAllTextAsync(marker, cancellationToken)))
            {
                continue;
            }

            if (File.Exists(Path.Combine(cluster, "postmaster.pid")))
            {
                await tools.RunAsync("pg_ctl", ["stop", "-D", cluster, "-m", "immediate", "-w"], cancellationToken);
            }

            Directory.Delete(session, recursive: true);
            DevModeLog.LeftoverStopped(logger, session);
            cleaned++;
        }

        return cleaned;
    }

    private static bool OwnerIsAlive(string marker)
    {
        var line = marker.Split('\n').FirstOrDefault(entry => entry.StartsWith("owner-pid=", StringComparison.Ordinal));
        if (line is null || !int.TryParse(line["owner-pid=".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
