using System.Diagnostics;
using GitOpsGateway.DataPlane.Clusters;
using GitOpsGateway.DataPlane.Configuration;
using GitOpsGateway.DataPlane.L4;
using GitOpsGateway.DataPlane.Listeners;
using GitOpsGateway.DataPlane.Pipeline;
using GitOpsGateway.DataPlane.Snapshots;
using GitOpsGateway.DataPlane.Tls;
using GitOpsGateway.DataPlane.Udp;
using GitOpsGateway.RouteTables;
using GitOpsGateway.Routing;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.DataPlane;

/// <summary>
/// One data-plane node: serves the route table last applied through <see cref="ApplyAsync"/> on one Kestrel
/// server per listener port. Register it with <c>services.AddDataPlaneNode(options)</c>; the host starts and
/// stops it with the application. Tables are checked and compiled off the request path and swapped atomically:
/// each request runs entirely on the table it started with, and no request fails because of a swap.
/// </summary>
public sealed class DataPlaneNode : IAsyncDisposable
{
    private readonly DataPlaneOptions _options;
    private readonly IServiceProvider _services;
    private readonly SnapshotHolder _snapshots;
    private readonly ProxyClusterSet _clusters;
    private readonly CertificateLoader _certificates;
    private readonly TlsHandshake _tls;
    private readonly L4Proxy _l4;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly HeapTrimmer _heapTrimmer;
    private KestrelInfrastructure? _kestrel;
    private ListenerSet? _listeners;
    private UdpListenerSet? _udpListeners;
    private ApplyOutcome? _lastOutcome;
    private ApplyOutcome? _servingOutcome;
    private bool _stopped;

    internal DataPlaneNode(
        DataPlaneOptions options,
        IServiceProvider services,
        SnapshotHolder snapshots,
        ProxyClusterSet clusters,
        TlsHandshake tls,
        L4Proxy l4,
        IEnumerable<ISecretSource> secretSources,
        ILoggerFactory loggerFactory)
    {
        _options = options;
        _services = services;
        _snapshots = snapshots;
        _clusters = clusters;
        _tls = tls;
        _l4 = l4;
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger<DataPlaneNode>();
        var sources = secretSources.ToList();
        if (options.SecretDirectory is { } directory)
        {
            sources.Add(new DirectorySecretSource(directory));
        }

        _certificates = new CertificateLoader(sources);
        _heapTrimmer = new HeapTrimmer(options.HeapTrimQuietPeriod, _logger);
    }

    public DataPlaneOptions Options => _options;

    /// <summary>The version requests are routed with now; null before the first table.</summary>
    public long? ServingVersion => _snapshots.Current?.Version;

    public string? ServingHash => _snapshots.Current?.Hash;

    /// <summary>The outcome of the last <see cref="ApplyAsync"/>, applied or refused; for the node's report.</summary>
    public ApplyOutcome? LastOutcome => Volatile.Read(ref _lastOutcome);

    /// <summary>Local TCP ports with an open listener.</summary>
    public IReadOnlyCollection<int> OpenLocalPorts => _listeners?.OpenLocalPorts ?? [];

    /// <summary>Local UDP ports with an open listener.</summary>
    public IReadOnlyCollection<int> OpenLocalUdpPorts => _udpListeners?.OpenLocalPorts ?? [];

    /// <summary>Builds the request pipeline; no port opens before a table is applied. Idempotent.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_listeners is null)
            {
                _kestrel = new KestrelInfrastructure(_loggerFactory);
                _listeners = new ListenerSet(_options.BindAddress, RequestPipeline.Build(_services), _tls, _l4, _kestrel.Services, _loggerFactory);
                _udpListeners = new UdpListenerSet(
                    _options.BindAddress,
                    _snapshots,
                    new UdpSessionLimits(_options.UdpSessionIdleTimeout, _options.UdpMaxSessionsPerPort),
                    _loggerFactory.CreateLogger<UdpListenerSet>());
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Validates the table, builds its router, YARP clusters and certificates, then swaps it in and opens or
    /// closes listener ports. A table that fails validation is refused and the previous one keeps serving.
    /// Applying the version and hash already served does nothing. Calls are serialised; the token cancels only the
    /// wait for an earlier call, never an apply under way.
    /// </summary>
    public async Task<ApplyOutcome> ApplyAsync(long version, string hash, RouteTable table, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hash);
        ArgumentNullException.ThrowIfNull(table);
        await StartAsync(cancellationToken);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Once waiting is over the apply runs to its end: a half-applied table is worse than a late one.
            var outcome = await ApplyLockedAsync(version, hash, table);
            Volatile.Write(ref _lastOutcome, outcome);
            return outcome;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_listeners is not null)
            {
                await _listeners.CloseAllAsync(_options.ListenerDrainTimeout);
                await _udpListeners!.CloseAllAsync();
                _clusters.Clear();
                _stopped = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None);
        if (_kestrel is not null)
        {
            await _kestrel.DisposeAsync();
        }

        _gate.Dispose();
    }

    private async Task<ApplyOutcome> ApplyLockedAsync(long version, string hash, RouteTable table)
    {
        var started = Stopwatch.GetTimestamp();
        var current = _snapshots.Current;
        var refusals = NodeTableCheck.Refusals(table, _options);
        if (refusals.Count > 0)
        {
            DataPlaneLog.Refused(_logger, _options.NodeId, version, hash, current?.Version, string.Join("; ", refusals));
            return new ApplyOutcome
            {
                Applied = false,
                Version = version,
                Hash = hash,
                ServingVersion = current?.Version,
                Errors = [.. refusals],
                At = DateTimeOffset.UtcNow,
            };
        }

        if (current is not null && current.Version == version && current.Hash == hash && !_stopped)
        {
            return (_servingOutcome ?? Outcome(version, hash, [], TimeSpan.Zero)) with { At = DateTimeOffset.UtcNow };
        }

        _stopped = false;
        var checkedAt = Stopwatch.GetTimestamp();
        var problems = new List<string>();
        var snapshot = Build(version, hash, table, problems);
        var builtAt = Stopwatch.GetTimestamp();
        try
        {
            await _clusters.PublishAsync(snapshot, CancellationToken.None);
        }
        catch (InvalidOperationException)
        {
            // YARP did not take the clusters: the snapshot never becomes current, so it must not stay live either.
            _clusters.Forget(snapshot);
            throw;
        }

        var previous = _snapshots.Swap(snapshot);
        var swappedAt = Stopwatch.GetTimestamp();
        var swapDuration = Stopwatch.GetElapsedTime(started, swappedAt);
        if (previous is not null)
        {
            _ = ForgetWhenDrainedAsync(previous);
        }
        else
        {
            _heapTrimmer.Request();
        }

        problems.AddRange(NodeTableCheck.Unserved(table));
        var wanted = NodeTableCheck.WantedPorts(table, _options.Ports);
        problems.AddRange(await _listeners!.ReconcileAsync(wanted, _options.ListenerDrainTimeout, CancellationToken.None));
        problems.AddRange(await _udpListeners!.ReconcileAsync(NodeTableCheck.WantedUdpPorts(table, _options.Ports)));
        foreach (var problem in problems)
        {
            DataPlaneLog.Problem(_logger, _options.NodeId, version, problem);
        }

        DataPlaneLog.Applied(
            _logger,
            _options.NodeId,
            version,
            hash,
            swapDuration.TotalMilliseconds,
            Stopwatch.GetElapsedTime(started, checkedAt).TotalMilliseconds,
            Stopwatch.GetElapsedTime(checkedAt, builtAt).TotalMilliseconds,
            Stopwatch.GetElapsedTime(builtAt, swappedAt).TotalMilliseconds,
            problems.Count);
        _servingOutcome = Outcome(version, hash, problems, swapDuration);
        return _servingOutcome;
    }

    private TableSnapshot Build(long version, string hash, RouteTable table, List<string> problems)
    {
        var router = CompiledRouter.Build(table);
        problems.AddRange(router.Problems);
        var clusters = new Dictionary<string, Yarp.ReverseProxy.Configuration.ClusterConfig>(table.Clusters.Count, StringComparer.Ordinal);
        foreach (var cluster in table.Clusters)
        {
            clusters[cluster.Id] = YarpClusterBuilder.Build(cluster);
        }

        var certificates = _certificates.Load(table, problems);
        return new TableSnapshot(version, hash, router, clusters, certificates);
    }

    private async Task ForgetWhenDrainedAsync(TableSnapshot previous)
    {
        await previous.Drained;
        _clusters.Forget(previous);
        DataPlaneLog.Drained(_logger, previous.Version);
        _heapTrimmer.Request();
    }

    private static ApplyOutcome Outcome(long version, string hash, List<string> problems, TimeSpan swapDuration) => new()
    {
        Applied = true,
        Version = version,
        Hash = hash,
        ServingVersion = version,
        Errors = [.. problems],
        At = DateTimeOffset.UtcNow,
        SwapDuration = swapDuration,
    };
}
