using System.Globalization;
using GitOpsGateway.EndToEnd.Tests.Support;
using GitOpsGateway.Testing.Echo;
using GitOpsGateway.Testing.Git;
using GitOpsGateway.Testing.Postgres;
using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.EndToEnd.Tests.Distribution;

/// <summary>
/// One control plane and two data-plane nodes as separate processes, a bare Git repository and an echo backend,
/// shared by the tests of a class. Every test pushes its own revision and waits for it, so order does not matter.
/// </summary>
public sealed class DistributionCluster : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly string root = Directory.CreateTempSubdirectory("gitops-gateway-e2e-").FullName;
    private readonly int controlPlanePort = FreePort.Next();
    private PostgresDatabase? database;
    private GitRemoteRepository? remote;
    private EchoBackend? backend;
    private ControlPlaneInstance? controlPlane;
    private readonly DataPlaneInstance?[] nodes = new DataPlaneInstance?[2];
    private readonly int[] nodePorts = [FreePort.Next(), FreePort.Next()];
    private readonly int[] adminPorts = [FreePort.Next(), FreePort.Next()];

    public int Revision { get; private set; }

    internal ControlPlaneInstance ControlPlane => controlPlane ?? throw new InvalidOperationException("The control plane is stopped.");

    internal IReadOnlyList<DataPlaneInstance> Nodes => [.. nodes.Select(node => node ?? throw new InvalidOperationException("A node is stopped."))];

    internal string Repository => remote!.BarePath;

    public async ValueTask InitializeAsync()
    {
        database = await PostgresDatabase.CreateAsync(TestContext.Current.CancellationToken);
        remote = await GitRemoteRepository.CreateAsync(TestContext.Current.CancellationToken);
        backend = await EchoBackend.StartAsync("web", new EchoBackendOptions { RecordRequests = false }, TestContext.Current.CancellationToken);
        await CommitRevisionAsync();
        await remote.PushAsync(TestContext.Current.CancellationToken);
        await StartControlPlaneAsync();
        for (var index = 0; index < nodes.Length; index++)
        {
            StartNode(index);
        }

        foreach (var node in Nodes)
        {
            await node.WaitForServedAsync(ShopManifests.Host, ShopManifests.RevisionHeader, Revision.ToString(CultureInfo.InvariantCulture), StartTimeout);
        }
    }

    /// <summary>Commits the next revision in the working clone without pushing it.</summary>
    public async Task<int> CommitRevisionAsync()
    {
        Revision++;
        foreach (var (path, content) in ShopManifests.Files(backend!.Port, Revision))
        {
            remote!.WriteFile(path, content);
        }

        await remote!.CommitAsync($"Revision {Revision}", cancellationToken: TestContext.Current.CancellationToken);
        return Revision;
    }

    public Task PushAsync() => remote!.PushAsync(TestContext.Current.CancellationToken);

    /// <summary>Writes these exact bytes to a path of the working clone and commits, without pushing; returns the sha.</summary>
    public Task<string> CommitBytesAsync(string path, byte[] content, string message)
    {
        File.WriteAllBytes(Path.Combine(remote!.WorkingPath, path), content);
        return remote.CommitAsync(message, cancellationToken: TestContext.Current.CancellationToken);
    }

    internal async Task StartControlPlaneAsync() =>
        controlPlane = await ControlPlaneInstance.StartAsync(database!.ConnectionString, remote!.BarePath, Path.Combine(root, "control-plane"), controlPlanePort);

    /// <summary>Another replica on the same database and repository, with a state folder of its own; the caller stops it.</summary>
    internal Task<ControlPlaneInstance> StartReplicaAsync(int port) =>
        ControlPlaneInstance.StartAsync(database!.ConnectionString, remote!.BarePath, Path.Combine(root, $"replica-{port}"), port);

    /// <summary>A node of the Gateway beyond the two shared ones, following <paramref name="controlPlane"/>; the caller stops it.</summary>
    internal DataPlaneInstance StartExtraNode(Uri controlPlane, string nodeId) =>
        DataPlaneInstance.Start(controlPlane, ControlPlaneInstance.NodeToken, ShopManifests.Gateway, nodeId, Path.Combine(root, nodeId), FreePort.Next(), FreePort.Next());

    /// <summary>Kills the control plane, as a crash or a lost machine would.</summary>
    internal async Task StopControlPlaneAsync()
    {
        if (controlPlane is not null)
        {
            await controlPlane.DisposeAsync();
            controlPlane = null;
        }
    }

    internal DataPlaneInstance StartNode(int index)
    {
        var node = DataPlaneInstance.Start(
            new Uri($"http://127.0.0.1:{controlPlanePort}/"),
            ControlPlaneInstance.NodeToken,
            ShopManifests.Gateway,
            $"node-{(char)('a' + index)}",
            Path.Combine(root, $"node-{index}"),
            nodePorts[index],
            adminPorts[index]);
        nodes[index] = node;
        return node;
    }

    /// <summary>Restarts whatever a failed test left stopped, so the next test finds the cluster whole.</summary>
    internal async Task EnsureRunningAsync()
    {
        if (controlPlane is null)
        {
            await StartControlPlaneAsync();
        }

        for (var index = 0; index < nodes.Length; index++)
        {
            if (nodes[index] is null)
            {
                StartNode(index);
            }
        }
    }

    /// <summary>Kills a node; its state folder stays, as a disk would.</summary>
    internal async Task StopNodeAsync(int index)
    {
        if (nodes[index] is { } node)
        {
            await node.DisposeAsync();
            nodes[index] = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in nodes.OfType<DataPlaneInstance>())
        {
            await node.DisposeAsync();
        }

        await StopControlPlaneAsync();
        if (backend is not null)
        {
            await backend.DisposeAsync();
        }

        remote?.Dispose();
        if (database is not null)
        {
            await database.DisposeAsync();
        }

        Directory.Delete(root, recursive: true);
    }
}
