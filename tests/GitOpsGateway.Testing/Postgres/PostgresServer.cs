using System.Diagnostics;

namespace GitOpsGateway.Testing.Postgres;

/// <summary>
/// The one PostgreSQL server of this test process, started on first use: the server named by
/// <c>GITOPS_GATEWAY_TEST_POSTGRES</c>, else a Testcontainers container when a Docker engine is plausibly there,
/// else a throwaway cluster from the machine's binaries. Tests normally use <see cref="PostgresDatabase"/>.
/// </summary>
public sealed class PostgresServer
{
    public const string ConnectionStringVariable = "GITOPS_GATEWAY_TEST_POSTGRES";

    /// <summary>See <see cref="LocalPostgresCluster.DataFolderPrefix"/>: CI stops leftovers found by this prefix.</summary>
    public const string LocalDataFolderPrefix = LocalPostgresCluster.DataFolderPrefix;

    /// <summary>See <see cref="LocalPostgresCluster.MarkerFileName"/>.</summary>
    public const string LocalMarkerFileName = LocalPostgresCluster.MarkerFileName;

    private static readonly Lock SharedGate = new();
    private static Task<PostgresServer>? shared;

    private readonly IPostgresServerHost host;

    private PostgresServer(IPostgresServerHost host, TimeSpan startupTime)
    {
        this.host = host;
        StartupTime = startupTime;
    }

    public PostgresServerKind Kind => host.Kind;

    /// <summary>Superuser connection to the maintenance database; create your own databases instead of using it.</summary>
    public string AdminConnectionString => host.AdminConnectionString;

    /// <summary>How long finding and starting the server took.</summary>
    public TimeSpan StartupTime { get; }

    /// <summary>The local cluster's data folder, or null for the other kinds.</summary>
    public string? LocalDataDirectory => (host as LocalPostgresCluster)?.DataDirectory;

    /// <summary>Starts the shared server once per process (thread-safe); a failed start is reported to every caller.</summary>
    public static Task<PostgresServer> GetSharedAsync(CancellationToken cancellationToken = default)
    {
        lock (SharedGate)
        {
            shared ??= Task.Run(() => StartAsync(CancellationToken.None), CancellationToken.None);
            return shared.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Stops the shared server if it was started; the next <see cref="GetSharedAsync"/> starts a new one.</summary>
    public static async Task StopSharedAsync(CancellationToken cancellationToken = default)
    {
        Task<PostgresServer>? started;
        lock (SharedGate)
        {
            started = shared;
            shared = null;
        }

        if (started is null)
        {
            return;
        }

        PostgresServer server;
        try
        {
            server = await started.ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // It never started: nothing to stop, and its callers have already seen why.
            return;
        }

        await server.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts a server of its own, independent of the shared one; the caller must stop it.</summary>
    public static async Task<PostgresServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var host = await StartHostAsync(cancellationToken).ConfigureAwait(false);
        var server = new PostgresServer(host, stopwatch.Elapsed);

        // The backstop for processes that never dispose the assembly fixture (benchmarks, a crashed runner).
        AppDomain.CurrentDomain.ProcessExit += (_, _) => host.StopNow();
        return server;
    }

    public Task StopAsync(CancellationToken cancellationToken = default) => host.StopAsync(cancellationToken);

    /// <summary>Whether <see cref="InterruptAsync"/> can take this server down and bring it back (a local cluster only).</summary>
    public bool CanInterrupt => host is LocalPostgresCluster;

    /// <summary>
    /// A database outage for fault-injection tests: the server stops at once (connections cut, as in a crash) and
    /// keeps its data. Use a server of the test's own (<see cref="StartAsync"/>), never the shared one.
    /// </summary>
    public Task InterruptAsync(CancellationToken cancellationToken = default) =>
        LocalCluster("interrupt").StopServerAsync(cancellationToken);

    /// <summary>
    /// Ends an outage begun by <see cref="InterruptAsync"/>: the same data, on the same port. This process's pooled
    /// connections died with the server, so the pools are cleared (the test's own clean-up would fail on them).
    /// </summary>
    public async Task ResumeAsync(CancellationToken cancellationToken = default)
    {
        await LocalCluster("resume").RestartServerAsync(cancellationToken).ConfigureAwait(false);
        Npgsql.NpgsqlConnection.ClearAllPools();
    }

    private LocalPostgresCluster LocalCluster(string action) => host as LocalPostgresCluster
        ?? throw new NotSupportedException($"Only a local throwaway cluster can {action} on demand; this server is {Kind}.");

    private static async Task<IPostgresServerHost> StartHostAsync(CancellationToken cancellationToken)
    {
        var external = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            return new ExternalPostgresServer(external);
        }

        string? containerFailure = null;
        if (ContainerPostgresServer.DockerEnginePlausible())
        {
            try
            {
                return await ContainerPostgresServer.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                containerFailure = failure.Message;
            }
        }

        var binDirectory = await PostgresBinaries.FindBinDirectoryAsync(cancellationToken).ConfigureAwait(false);
        if (binDirectory is not null)
        {
            return await LocalPostgresCluster.StartAsync(binDirectory, cancellationToken).ConfigureAwait(false);
        }

        var dockerNote = containerFailure is null ? string.Empty : $" (Docker was tried and failed: {containerFailure})";
        throw new InvalidOperationException(
            "Install PostgreSQL 15 server binaries (apt-get install postgresql-15), start a Docker engine, or set "
            + $"{ConnectionStringVariable} to the connection string of a server where tests may create databases{dockerNote}.");
    }
}
