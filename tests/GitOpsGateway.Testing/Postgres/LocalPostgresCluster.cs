using System.Globalization;
using System.Security.Cryptography;
using GitOpsGateway.Testing.Processes;
using Npgsql;

namespace GitOpsGateway.Testing.Postgres;

/// <summary>
/// A throwaway cluster made with the machine's <c>initdb</c>/<c>pg_ctl</c>, tuned for speed over durability.
/// Its data folder, which is also its socket folder, is <c>{Path.GetTempPath()}gitops-gateway-pg-XXXXXXXXXXXX</c>.
/// </summary>
internal sealed class LocalPostgresCluster : IPostgresServerHost
{
    /// <summary>
    /// Every data folder is named with this prefix directly under <see cref="Path.GetTempPath"/>, and holds
    /// <see cref="MarkerFileName"/>: a killed test process leaves its server running, and CI stops each
    /// leftover with <c>pg_ctl stop -D &lt;folder&gt;</c> (as the <c>postgres</c> user when running as root).
    /// </summary>
    public const string DataFolderPrefix = "gitops-gateway-pg-";

    /// <summary>Plain text: the owning process id and the bin folder, one <c>key=value</c> per line.</summary>
    public const string MarkerFileName = "gitops-gateway-test-cluster";

    private const string SystemUser = "postgres";
    private const int StartAttempts = 3;

    private readonly string binDirectory;
    private int stopped;

    private LocalPostgresCluster(string binDirectory, string dataDirectory, int port)
    {
        this.binDirectory = binDirectory;
        DataDirectory = dataDirectory;
        Port = port;
        AdminConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = SystemUser,
            Database = "postgres",
            IncludeErrorDetail = true,
        }.ConnectionString;
    }

    public PostgresServerKind Kind => PostgresServerKind.LocalCluster;

    public string AdminConnectionString { get; }

    public string DataDirectory { get; }

    public int Port { get; }

    public static async Task<LocalPostgresCluster> StartAsync(string binDirectory, CancellationToken cancellationToken)
    {
        var dataDirectory = Path.Combine(
            Path.GetTempPath(), DataFolderPrefix + RandomNumberGenerator.GetHexString(12, lowercase: true));
        try
        {
            // initdb creates the folder itself, so it belongs to whoever runs the server.
            await RunToolAsync(
                binDirectory,
                "initdb",
                ["-D", dataDirectory, "--no-sync", "-A", "trust", "-U", SystemUser, "-E", "UTF8", "--locale=C"],
                cancellationToken).ConfigureAwait(false);
            await File.WriteAllTextAsync(
                Path.Combine(dataDirectory, MarkerFileName),
                $"owner-pid={Environment.ProcessId}\nbin={binDirectory}\n",
                cancellationToken).ConfigureAwait(false);
            var port = await StartServerAsync(binDirectory, dataDirectory, cancellationToken).ConfigureAwait(false);
            return new LocalPostgresCluster(binDirectory, dataDirectory, port);
        }
        catch
        {
            await StopAndDeleteAsync(binDirectory, dataDirectory, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref stopped, 1) == 0)
        {
            await StopAndDeleteAsync(binDirectory, DataDirectory, cancellationToken).ConfigureAwait(false);
        }
    }

    public void StopNow() => StopAsync(CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>
    /// Stops the server as an outage looks to clients (<c>pg_ctl stop -m fast</c>: every connection is cut, open
    /// transactions roll back), keeping the data folder so <see cref="RestartServerAsync"/> brings the same data back.
    /// Not <c>-m immediate</c>: with this cluster's <c>synchronous_commit=off</c> a crash would lose transactions the
    /// product was told were committed, which a real server with its default settings never does.
    /// </summary>
    public async Task StopServerAsync(CancellationToken cancellationToken) =>
        (await RunToolUncheckedAsync(binDirectory, "pg_ctl", ["stop", "-D", DataDirectory, "-m", "fast", "-w"], cancellationToken)
            .ConfigureAwait(false)).ThrowIfFailed();

    /// <summary>Starts the server again on the same data folder and port, after <see cref="StopServerAsync"/>.</summary>
    public Task RestartServerAsync(CancellationToken cancellationToken) =>
        StartServerAsync(binDirectory, DataDirectory, cancellationToken, Port);

    private static async Task<int> StartServerAsync(
        string binDirectory, string dataDirectory, CancellationToken cancellationToken, int? fixedPort = null)
    {
        var logFile = Path.Combine(dataDirectory, "server.log");
        for (var attempt = 1; ; attempt++)
        {
            var port = fixedPort ?? FreePort.Next();
            var serverOptions = string.Join(
                ' ',
                "-c listen_addresses=127.0.0.1",
                "-p " + port.ToString(CultureInfo.InvariantCulture),
                "-k " + dataDirectory,
                "-c fsync=off",
                "-c synchronous_commit=off",
                "-c full_page_writes=off",
                "-c max_connections=200");
            try
            {
                await RunToolAsync(
                    binDirectory,
                    "pg_ctl",
                    ["start", "-D", dataDirectory, "-w", "-t", "30", "-l", logFile, "-o", serverOptions],
                    cancellationToken).ConfigureAwait(false);
                return port;
            }
            catch (ExternalCommandException failure)
            {
                var log = File.Exists(logFile) ? await File.ReadAllTextAsync(logFile, cancellationToken).ConfigureAwait(false) : string.Empty;
                // FreePort cannot reserve a port: another process may take it between the probe and the bind.
                if (attempt < StartAttempts && fixedPort is null && log.Contains("could not bind", StringComparison.Ordinal))
                {
                    continue;
                }

                throw new ExternalCommandException($"{failure.Message}\nServer log:\n{log}", failure);
            }
        }
    }

    private static async Task StopAndDeleteAsync(string binDirectory, string dataDirectory, CancellationToken cancellationToken)
    {
        if (File.Exists(Path.Combine(dataDirectory, "postmaster.pid")))
        {
            await RunToolUncheckedAsync(
                binDirectory, "pg_ctl", ["stop", "-D", dataDirectory, "-m", "fast", "-w"], cancellationToken).ConfigureAwait(false);
        }

        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private static async Task RunToolAsync(string binDirectory, string tool, IEnumerable<string> arguments, CancellationToken cancellationToken) =>
        (await RunToolUncheckedAsync(binDirectory, tool, arguments, cancellationToken).ConfigureAwait(false)).ThrowIfFailed();

    private static Task<CommandResult> RunToolUncheckedAsync(
        string binDirectory, string tool, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var toolPath = Path.Combine(binDirectory, tool);

        // initdb refuses to run as root, and the server must own its data folder: run as the postgres user.
        // "/" is a working directory that user can always enter.
        return UnixSignals.RunningAsRoot
            ? ExternalCommand.RunAsync("runuser", ["-u", SystemUser, "--", toolPath, .. arguments], "/", null, cancellationToken)
            : ExternalCommand.RunAsync(toolPath, arguments, "/", null, cancellationToken);
    }
}
