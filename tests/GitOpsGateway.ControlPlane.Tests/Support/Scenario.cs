using GitOpsGateway.Testing.Git;
using GitOpsGateway.Testing.Postgres;

namespace GitOpsGateway.ControlPlane.Tests.Support;

/// <summary>One test's world: a fresh database, a bare repository, and the event store reader over that database.</summary>
internal sealed class Scenario : IAsyncDisposable
{
    private readonly List<ControlPlaneProcess> processes = [];

    private Scenario(PostgresDatabase database, GitRemoteRepository remote)
    {
        Database = database;
        Remote = remote;
        Events = new EventStoreReader(database.ConnectionString);
    }

    public PostgresDatabase Database { get; }

    public GitRemoteRepository Remote { get; }

    public EventStoreReader Events { get; }

    public static async Task<Scenario> CreateAsync()
    {
        var database = await PostgresDatabase.CreateAsync(TestContext.Current.CancellationToken);
        var remote = await GitRemoteRepository.CreateAsync(TestContext.Current.CancellationToken);
        return new Scenario(database, remote);
    }

    /// <summary>A world whose database lives on <paramref name="server"/> (a server of the test's own, for outages).</summary>
    public static async Task<Scenario> CreateOnAsync(PostgresServer server)
    {
        var database = await PostgresDatabase.CreateAsync(server, TestContext.Current.CancellationToken);
        var remote = await GitRemoteRepository.CreateAsync(TestContext.Current.CancellationToken);
        return new Scenario(database, remote);
    }

    public ControlPlaneOptions Options(TimeSpan? pollInterval = null) => new()
    {
        Database = Database.ConnectionString,
        Repository = Remote.BarePath,
        PollInterval = pollInterval ?? TimeSpan.FromMilliseconds(300),
    };

    public async Task<ControlPlaneProcess> StartAsync(ControlPlaneOptions? options = null, string? stateDirectory = null, string answeringAt = "/readyz")
    {
        var process = await ControlPlaneProcess.StartAsync(options ?? Options(), stateDirectory, answeringAt);
        processes.Add(process);
        return process;
    }

    public async ValueTask DisposeAsync()
    {
        // A restarted process may share its predecessor's state folder: stop every process before deleting any folder.
        foreach (var process in processes)
        {
            await process.DisposeAsync();
        }

        foreach (var process in processes.DistinctBy(process => process.StateDirectory))
        {
            process.DeleteState();
        }

        await Events.DisposeAsync();
        Remote.Dispose();
        await Database.DisposeAsync();
    }
}
