using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.DevMode.Postgres;

/// <summary>
/// A PostgreSQL cluster of dev mode's own, made with the machine's <c>initdb</c> and run with <c>pg_ctl</c> on a
/// free loopback port, its data folder also being its socket folder. Tuned for speed, not durability
/// (<c>fsync=off</c>, <c>synchronous_commit=off</c>, <c>full_page_writes=off</c>): it holds nothing that a
/// rerun cannot rebuild from Git. A folder that already holds a cluster (<c>--data DIR</c>) is started again.
/// </summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    /// <summary>Names the owning process, so a later run can stop a server whose dev process was killed.</summary>
    public const string MarkerFileName = "gitops-gateway-dev-cluster";

    private readonly PostgresTools tools;
    private readonly bool deleteOnStop;
    private int stopped;

    private ThrowawayPostgres(PostgresTools tools, string dataDirectory, int port, bool deleteOnStop)
    {
        this.tools = tools;
        this.deleteOnStop = deleteOnStop;
        DataDirectory = dataDirectory;
        Port = port;
    }

    public string DataDirectory { get; }

    public int Port { get; }

    public string ConnectionString =>
        $"Host=127.0.0.1;Port={Port.ToString(CultureInfo.InvariantCulture)};Username={PostgresTools.SystemUser};Database=postgres";

    /// <param name="dataDirectory">Created when missing; when running as root it is handed to the postgres user,
    /// so every folder above it must be enterable by that user.</param>
    /// <param name="deleteOnStop">Delete the folder when stopped (a throwaway run), or keep it for the next run.</param>
    /// <exception cref="DevModeException">No PostgreSQL binaries, or initdb or the server failed.</exception>
    public static async Task<ThrowawayPostgres> StartAsync(string dataDirectory, bool deleteOnStop, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(logger);
        var tools = PostgresTools.Find() ?? throw new DevModeException(
            "No PostgreSQL server binaries (initdb, pg_ctl) on this machine: install them (apt-get install postgresql) or pass --postgres CONNSTRING.");
        await PrepareFolderAsync(dataDirectory, cancellationToken);
        var cluster = new ThrowawayPostgres(tools, dataDirectory, FreeLoopbackPort(), deleteOnStop);
        try
        {
            if (!File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
            {
                DevModeLog.CreatingDatabase(logger, dataDirectory);
                (await tools.RunAsync("initdb", ["-D", dataDirectory, "--no-sync", "-A", "trust", "-U", PostgresTools.SystemUser, "-E", "UTF8", "--locale=C"], cancellationToken))
                    .ThrowIfFailed();
            }
            else
            {
                // A run that was killed may have left its server running on this folder.
                await tools.RunAsync("pg_ctl", ["stop", "-D", dataDirectory, "-m", "fast", "-w"], cancellationToken);
            }

            await File.WriteAllTextAsync(Path.Combine(dataDirectory, MarkerFileName), $"owner-pid={Environment.ProcessId}\n", cancellationToken);
            await cluster.StartServerAsync(cancellationToken);
            return cluster;
        }
        catch
        {
            await cluster.StopAsync(CancellationToken.None);
            throw;
        }
    }

    /// <summary>Stops the server (fast shutdown) and, for a throwaway run, deletes its folder. Idempotent.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref stopped, 1) == 1)
        {
            return;
        }

        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            await tools.RunAsync("pg_ctl", ["stop", "-D", DataDirectory, "-m", "fast", "-w"], cancellationToken);
        }

        if (deleteOnStop && Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync(CancellationToken.None);

    private async Task StartServerAsync(CancellationToken cancellationToken)
    {
        var options = string.Join(
            ' ',
            "-c listen_addresses=127.0.0.1",
            "-p " + Port.ToString(CultureInfo.InvariantCulture),
            "-k " + DataDirectory,
            "-c fsync=off",
            "-c synchronous_commit=off",
            "-c full_page_writes=off");
        var log = Path.Combine(DataDirectory, "server.log");
        var result = await tools.RunAsync("pg_ctl", ["start", "-D", DataDirectory, "-w", "-t", "60", "-l", log, "-o", options], cancellationToken);
        if (result.ExitCode != 0)
        {
            var serverLog = File.Exists(log) ? await File.ReadAllTextAsync(log, cancellationToken) : string.Empty;
            throw new DevModeException($"PostgreSQL did not start: {result.Output.Trim()}\n{serverLog}");
        }
    }

    private static async Task PrepareFolderAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        if (Directory.Exists(dataDirectory) && File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
        {
            return;
        }

        Directory.CreateDirectory(dataDirectory);
        if (CurrentUser.IsRoot)
        {
            // initdb runs as the postgres user, which must own the folder it initialises.
            (await PostgresTools.RunProcessAsync("chown", [$"{PostgresTools.SystemUser}:{PostgresTools.SystemUser}", dataDirectory], cancellationToken))
                .ThrowIfFailed();
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(dataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
