using GitOpsGateway.EndToEnd.Tests.Support;
using GitOpsGateway.Testing.Echo;
using GitOpsGateway.Testing.Git;
using GitOpsGateway.Testing.Postgres;
using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.EndToEnd.Tests.Routing;

/// <summary>
/// git push → control plane → one data-plane node → echo backends, all real: PostgreSQL, a bare repository, the
/// control-plane and data-plane processes, and local backends. Two commits are pushed once: the first holds the
/// Gateway, Secrets, Services and <see cref="RoutingManifests.OlderRoute"/>; the second every other route. Tests
/// only send requests, so they share everything.
/// </summary>
public sealed class RoutingCluster : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly string root = Directory.CreateTempSubdirectory("gitops-gateway-routing-").FullName;
    private readonly List<IAsyncDisposable> resources = [];
    private PostgresDatabase? database;
    private GitRemoteRepository? remote;
    private NodeClient? client;
    private bool disposed;

    internal EchoBackend Main { get; private set; } = null!;

    internal EchoBackend Second { get; private set; } = null!;

    internal EchoBackend Zero { get; private set; } = null!;

    internal EchoBackend MirrorA { get; private set; } = null!;

    internal EchoBackend MirrorB { get; private set; } = null!;

    internal SilentBackend Silent { get; private set; } = null!;

    internal DataPlaneInstance Node { get; private set; } = null!;

    internal NodeClient Client => client ?? throw new InvalidOperationException("The cluster is not started.");

    internal PemKeyPair CertificateA { get; } = PemKeyPair.Create(RoutingManifests.SecureHostA);

    internal PemKeyPair CertificateB { get; } = PemKeyPair.Create(RoutingManifests.SecureHostB);

    public async ValueTask InitializeAsync()
    {
        try
        {
            await StartAsync();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        client?.Dispose();
        for (var index = resources.Count - 1; index >= 0; index--)
        {
            await resources[index].DisposeAsync();
        }

        remote?.Dispose();
        if (database is not null)
        {
            await database.DisposeAsync();
        }

        Directory.Delete(root, recursive: true);
    }

    private async Task StartAsync()
    {
        var cancellation = TestContext.Current.CancellationToken;
        database = await PostgresDatabase.CreateAsync(cancellation);
        remote = await GitRemoteRepository.CreateAsync(cancellation);
        Main = await StartEchoAsync("main");
        Second = await StartEchoAsync("second");
        Zero = await StartEchoAsync("zero");
        MirrorA = await StartEchoAsync("mirror-a");
        MirrorB = await StartEchoAsync("mirror-b");
        Silent = Track(new SilentBackend());

        var secrets = Path.Combine(root, "secrets");
        CertificateA.WriteSecret(secrets, RoutingManifests.Namespace, "a-cert");
        CertificateB.WriteSecret(secrets, RoutingManifests.Namespace, "b-cert");
        await CommitAsync("Gateway, Secrets, Services and the older route", FirstCommit());
        await remote.PushAsync(cancellation);

        var controlPlanePort = FreePort.Next();
        var controlPlane = Track(await ControlPlaneInstance.StartAsync(database.ConnectionString, remote.BarePath, Path.Combine(root, "control-plane"), controlPlanePort));
        Node = Track(DataPlaneInstance.Start(
            controlPlane.BaseAddress, ControlPlaneInstance.NodeToken, RoutingManifests.Gateway, "node-routing", Path.Combine(root, "node"), FreePort.Next(), FreePort.Next(), FreePort.Next(), secrets));
        client = new NodeClient(Node.HttpPort, Node.HttpsPort!.Value, [CertificateA.Thumbprint, CertificateB.Thumbprint]);
        await Node.WaitForServedAsync("age.test", RoutingManifests.RuleHeader, "older", StartTimeout, TimeSpan.FromMilliseconds(100));

        await CommitAsync("Every other route", SecondCommit());
        await remote.PushAsync(cancellation);
        await controlPlane.SendPushWebhookAsync(remote.BarePath);
        await Node.WaitForServedAsync("precedence.test", RoutingManifests.RuleHeader, "root", StartTimeout, TimeSpan.FromMilliseconds(100));
    }

    private Dictionary<string, string> FirstCommit() => new()
    {
        ["gateway/gateway.yaml"] = RoutingManifests.GatewayClassAndGateway,
        ["gateway/secrets.yaml"] = RoutingManifests.TlsSecret("a-cert", CertificateA) + "\n---\n" + RoutingManifests.TlsSecret("b-cert", CertificateB),
        ["gateway/backends.yaml"] = string.Join(
            "\n---\n",
            RoutingManifests.Backend("main", Main.Port),
            RoutingManifests.Backend("second", Second.Port),
            RoutingManifests.Backend("zero", Zero.Port),
            RoutingManifests.Backend("mirror-a", MirrorA.Port),
            RoutingManifests.Backend("mirror-b", MirrorB.Port),
            RoutingManifests.Backend("silent", Silent.Port),
            RoutingManifests.Backend("dead", FreePort.Next()),
            RoutingManifests.Backend("h2c", Main.Port, "kubernetes.io/h2c"),
            RoutingManifests.Backend("ws", Main.Port, "kubernetes.io/ws")),
        ["gateway/route-older.yaml"] = RoutingManifests.OlderRoute,
    };

    private static Dictionary<string, string> SecondCommit() => new()
    {
        ["gateway/route-matching.yaml"] = MatchingRoutes.Matching,
        ["gateway/route-precedence.yaml"] = MatchingRoutes.Precedence,
        ["gateway/route-newer.yaml"] = MatchingRoutes.NewerRoute,
        ["gateway/route-weights.yaml"] = BackendRoutes.Weights,
        ["gateway/route-backend-filters.yaml"] = BackendRoutes.BackendFilters,
        ["gateway/route-invalid.yaml"] = BackendRoutes.Invalid,
        ["gateway/route-protocols.yaml"] = BackendRoutes.Protocols,
        ["gateway/route-secure.yaml"] = BackendRoutes.Secure,
        ["gateway/route-headers.yaml"] = FilterRoutes.Headers,
        ["gateway/route-redirects.yaml"] = FilterRoutes.Redirects,
        ["gateway/route-rewrites.yaml"] = FilterRoutes.Rewrites,
        ["gateway/route-mirrors.yaml"] = PolicyRoutes.Mirrors,
        ["gateway/route-timeouts.yaml"] = PolicyRoutes.Timeouts,
        ["gateway/route-retries.yaml"] = PolicyRoutes.Retries,
        ["gateway/route-cors.yaml"] = PolicyRoutes.Cors,
    };

    private async Task CommitAsync(string message, IReadOnlyDictionary<string, string> files)
    {
        foreach (var (path, content) in files)
        {
            remote!.WriteFile(path, content);
        }

        await remote!.CommitAsync(message, cancellationToken: TestContext.Current.CancellationToken);
    }

    private async Task<EchoBackend> StartEchoAsync(string name) =>
        Track(await EchoBackend.StartAsync(name, cancellationToken: TestContext.Current.CancellationToken));

    private T Track<T>(T resource)
        where T : IAsyncDisposable
    {
        resources.Add(resource);
        return resource;
    }
}
