using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using GitOpsGateway.ControlPlane;
using GitOpsGateway.ControlPlane.Configuration;
using GitOpsGateway.ControlPlane.Resilience;
using GitOpsGateway.DataPlane;
using GitOpsGateway.DevMode;
using GitOpsGateway.DevMode.Backends;
using GitOpsGateway.DevMode.Postgres;
using GitOpsGateway.DevMode.Secrets;
using GitOpsGateway.DevMode.Sources;
using GitOpsGateway.Host.DataPlaneCommand;
using GitOpsGateway.NodeFeed.Protocol;

namespace GitOpsGateway.Host.DevCommand;

/// <summary>
/// Everything <c>gitops-gateway dev</c> runs in this one process: demo backends, a throwaway PostgreSQL, the
/// folder watcher, the control plane and one data-plane node. Disposal stops them in reverse order and deletes the
/// temporary folder (not a <c>--data</c> folder), whatever state startup reached.
/// </summary>
internal sealed class DevSession(DevSettings settings, ILoggerFactory loggerFactory) : IAsyncDisposable
{
    public const string SourceName = "dev";
    private const string TempPrefix = "gitops-gateway-dev-";
    private const string ClusterFolder = "postgres";

    private static readonly Dictionary<string, string?> QuietHosting = new()
    {
        ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        ["Logging:LogLevel:Yarp"] = "Warning",
    };

    private readonly ILogger logger = loggerFactory.CreateLogger<DevSession>();
    private readonly CancellationTokenSource watching = new();
    private DemoBackends? backends;
    private ThrowawayPostgres? postgres;
    private Task? watcher;
    private WebApplication? controlPlane;
    private WebApplication? node;

    public DevSettings Settings => settings;

    public string Root { get; } = settings.DataDirectory ?? Path.Combine(Path.GetTempPath(), TempPrefix + RandomNumberGenerator.GetHexString(12, lowercase: true));

    public bool KeepsRoot => settings.DataDirectory is not null;

    public string AdminToken { get; } = "dev-admin-" + RandomNumberGenerator.GetHexString(24, lowercase: true);

    public Uri AdminUrl => new($"http://127.0.0.1:{settings.AdminPort.ToString(CultureInfo.InvariantCulture)}/");

    public string DatabaseConnectionString => settings.Postgres ?? postgres?.ConnectionString ?? string.Empty;

    public bool OwnsDatabase => postgres is not null;

    public DevSource? Source { get; private set; }

    public FolderOverview? Overview { get; private set; }

    public IReadOnlyList<DemoBackend> Backends => backends?.Backends ?? [];

    public int NodeHealthPort { get; } = FreeLoopbackPort();

    public long? ServingVersion => node?.Services.GetRequiredService<DataPlaneNode>().ServingVersion;

    private bool IsServing => node?.Services.GetRequiredService<DataPlaneNode>().IsServing() ?? false;

    /// <exception cref="DevModeException">A part could not start; the message says why.</exception>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        CreateRoot();
        Overview = await FolderOverview.ReadAsync(settings.Folder, settings.Gateway, cancellationToken);
        await StartBackendsAsync(cancellationToken);
        if (settings.Postgres is null)
        {
            await LeftoverClusters.CleanAsync(Path.GetTempPath(), TempPrefix, ClusterFolder, logger, cancellationToken);
            postgres = await ThrowawayPostgres.StartAsync(Path.Combine(Root, ClusterFolder), deleteOnStop: false, logger, cancellationToken);
        }

        Source = DevSourceResolver.Resolve(settings.Folder, Path.Combine(Root, "repository"));
        var mirror = Source.Kind == DevSourceKind.PrivateRepository ? new FolderMirror(Source.WatchedFolder, Source.Repository, logger) : null;
        var secrets = new RepositorySecrets(Source.WatchedFolder, loggerFactory.CreateLogger<RepositorySecrets>());
        var folderWatcher = new DevFolderWatcher(Source.WatchedFolder, secrets, mirror, logger);
        await folderWatcher.PollOnceAsync(cancellationToken);
        watcher = folderWatcher.RunAsync(watching.Token);

        var nodeToken = "dev-node-" + RandomNumberGenerator.GetHexString(24, lowercase: true);
        controlPlane = BuildControlPlane(nodeToken);
        await controlPlane.StartAsync(cancellationToken);
        node = DataPlaneNodeHost.Build(
            new DataPlaneSettings
            {
                ControlPlane = AdminUrl,
                Gateway = Overview.Gateway,
                NodeId = "dev-node",
                NodeToken = nodeToken,
                Ports = settings.Ports,
                BindAddress = IPAddress.Loopback,
                AdminPort = NodeHealthPort,
                StateDirectory = Path.Combine(Root, "node"),
            },
            secrets.Source,
            QuietHosting);
        await node.StartAsync(cancellationToken);
    }

    /// <summary>
    /// Completes when the control plane or the node stops by itself (a background service faulted and stopped its
    /// host) with the exit code the dev process should end with; never while both run.
    /// </summary>
    public async Task<int> WaitForUnexpectedStopAsync(CancellationToken cancellationToken)
    {
        var applications = new[] { controlPlane, node }.OfType<WebApplication>().ToList();
        var stopping = applications.Select(application => StoppingAsync(application, cancellationToken)).ToList();
        var stopped = await await Task.WhenAny(stopping);
        if (HostedServiceFaults.Watch(stopped.Services).ExitCode() is var code and not 0)
        {
            return code;
        }

        // Each application also hears Ctrl-C itself; the caller's token is cancelled by the same signal, which then wins.
        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        return 1;
    }

    private static async Task<WebApplication> StoppingAsync(WebApplication application, CancellationToken cancellationToken)
    {
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (application.Lifetime.ApplicationStopping.Register(stopping.SetResult))
        {
            await stopping.Task.WaitAsync(cancellationToken);
        }

        return application;
    }

    /// <summary>Waits until the node serves a version on open listeners.</summary>
    /// <returns>False when <paramref name="timeout"/> passed first.</returns>
    public async Task<bool> WaitUntilServingAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        try
        {
            while (!IsServing)
            {
                await poll.WaitForNextTickAsync(deadline.Token);
            }

            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(node);
        await StopAsync(controlPlane);
        await watching.CancelAsync();
        if (watcher is not null)
        {
            await watcher;
        }

        if (backends is not null)
        {
            await backends.DisposeAsync();
        }

        if (postgres is not null)
        {
            await postgres.StopAsync(CancellationToken.None);
        }

        if (!KeepsRoot && Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }

        watching.Dispose();
    }

    private WebApplication BuildControlPlane(string nodeToken)
    {
        var source = Source!;
        var overrides = new Dictionary<string, string?>(QuietHosting)
        {
            ["Database"] = DatabaseConnectionString,
            ["AdminToken"] = AdminToken,
            // The one node serves the one Gateway dev mode shows; its token is good for that Gateway only.
            ["NodeTokens"] = $"dev-node {GatewayKey.Format(Overview!.Gateway)} {nodeToken}",
            ["StateDirectory"] = Path.Combine(Root, "control-plane"),
            ["urls"] = AdminUrl.ToString(),
            ["Sources:0:Name"] = SourceName,
            ["Sources:0:Repository"] = source.Repository,
            ["Sources:0:Branch"] = source.Branch,
            ["Sources:0:Folder"] = source.Folder,
            ["Sources:0:PollInterval"] = DevFolderWatcher.Interval.ToString("c", CultureInfo.InvariantCulture),
            ["Ingestion:InitialHistoryDepth"] = "20",
            ["Leadership:RetryInterval"] = "00:00:01",
        };
        try
        {
            return ControlPlaneHost.Build([], overrides);
        }
        catch (ControlPlaneConfigurationException exception)
        {
            throw new DevModeException("The control plane refused dev mode's settings: " + exception.Message, exception);
        }
    }

    private async Task StartBackendsAsync(CancellationToken cancellationToken)
    {
        try
        {
            backends = await DemoBackends.StartAsync(DemoBackend.ExampleBackends, cancellationToken);
        }
        catch (DevModeException exception)
        {
            HostLog.DemoBackendsNotStarted(logger, exception.Message);
        }
    }

    private void CreateRoot()
    {
        // When root runs this, the postgres user must be able to enter every folder above its data folder.
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(Root);
        }
        else
        {
            Directory.CreateDirectory(Root, mode);
        }
    }

    private static async Task StopAsync(WebApplication? application)
    {
        if (application is null)
        {
            return;
        }

        try
        {
            await application.StopAsync(CancellationToken.None);
        }
        finally
        {
            await application.DisposeAsync();
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
