using GitOpsGateway.Testing.Postgres;
using Npgsql;

namespace GitOpsGateway.Testing.Tests.Postgres;

public sealed class LocalPostgresClusterTests
{
    [Fact]
    public async Task stopped_cluster_refuses_connections_and_leaves_no_folder_or_process()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var binDirectory = await PostgresBinaries.FindBinDirectoryAsync(cancellation);
        Assert.SkipWhen(binDirectory is null, "No PostgreSQL server binaries on this machine.");

        var cluster = await LocalPostgresCluster.StartAsync(binDirectory!, cancellation);
        await using (var connection = new NpgsqlConnection(cluster.AdminConnectionString))
        {
            await connection.OpenAsync(cancellation);
            await using var version = new NpgsqlCommand("SHOW server_version", connection);
            Assert.NotNull(await version.ExecuteScalarAsync(cancellation));
        }

        Assert.NotEmpty(ServerProcessesUsing(cluster.DataDirectory));

        await cluster.StopAsync(cancellation);

        Assert.False(Directory.Exists(cluster.DataDirectory));
        Assert.Empty(ServerProcessesUsing(cluster.DataDirectory));
        await using var refused = new NpgsqlConnection(
            new NpgsqlConnectionStringBuilder(cluster.AdminConnectionString) { Pooling = false }.ConnectionString);
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => refused.OpenAsync(cancellation));
    }

    [Fact]
    public async Task binaries_are_found_in_a_folder_holding_initdb_and_pg_ctl()
    {
        var binDirectory = await PostgresBinaries.FindBinDirectoryAsync(TestContext.Current.CancellationToken);
        Assert.SkipWhen(binDirectory is null, "No PostgreSQL server binaries on this machine.");

        Assert.True(File.Exists(Path.Combine(binDirectory!, "initdb")));
        Assert.True(File.Exists(Path.Combine(binDirectory!, "pg_ctl")));
    }

    private static List<int> ServerProcessesUsing(string dataDirectory) =>
        Directory.GetDirectories("/proc")
            .Select(path => int.TryParse(Path.GetFileName(path), out var pid) ? pid : 0)
            .Where(pid => pid > 0)
            .Where(pid => ReadCommandLine(pid).Contains(dataDirectory, StringComparison.Ordinal))
            .ToList();

    private static string ReadCommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return string.Empty;
        }
        catch (UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }
}
