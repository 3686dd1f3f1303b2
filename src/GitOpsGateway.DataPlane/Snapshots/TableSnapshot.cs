using GitOpsGateway.DataPlane.Tls;
using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Clusters;
using GitOpsGateway.Routing;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Model;

namespace GitOpsGateway.DataPlane.Snapshots;

/// <summary>
/// Everything a request needs from one applied table, read once at the request's start and used to its end:
/// the router, the YARP clusters it forwards to and the listener certificates. Counts the requests holding it, so
/// its clusters leave YARP's configuration only once the last of them has finished.
/// </summary>
internal sealed class TableSnapshot
{
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _leases;
    private int _retired;

    public TableSnapshot(
        long version,
        string hash,
        CompiledRouter router,
        IReadOnlyDictionary<string, ClusterConfig> yarpClusters,
        ListenerCertificates certificates)
    {
        // L4 connections reach endpoints directly, not through YARP: only tables with L4 routes pay for the index.
        TerminatingTls = new TerminatingTlsListeners(router.Table);
        L4Clusters = router.Table.L4Routes.IsEmpty
            ? new Dictionary<string, Cluster>()
            : router.Table.Clusters.ToDictionary(cluster => cluster.Id, StringComparer.Ordinal);
        Version = version;
        Hash = hash;
        Router = router;
        YarpClusters = yarpClusters;
        Certificates = certificates;
    }

    public long Version { get; }

    public string Hash { get; }

    public RouteTable Table => Router.Table;

    public CompiledRouter Router { get; }

    /// <summary>IR cluster id → the YARP cluster built for it (its id carries a content hash, see <c>YarpClusterBuilder</c>).</summary>
    public IReadOnlyDictionary<string, ClusterConfig> YarpClusters { get; }

    /// <summary>IR cluster id → YARP's live state for it; filled once YARP has the clusters, before the swap.</summary>
    public IReadOnlyDictionary<string, ClusterState> Clusters { get; private set; } = new Dictionary<string, ClusterState>();

    public ListenerCertificates Certificates { get; }

    public TerminatingTlsListeners TerminatingTls { get; }

    /// <summary>IR clusters by id, for TLS and TCP routes; empty when the table has none.</summary>
    public IReadOnlyDictionary<string, Cluster> L4Clusters { get; }

    /// <summary>Completes when the snapshot is retired and no request holds it any more.</summary>
    public Task Drained => _drained.Task;

    public int Leases => Volatile.Read(ref _leases);

    public void Bind(IReadOnlyDictionary<string, ClusterState> clusters) => Clusters = clusters;

    public void AddLease() => Interlocked.Increment(ref _leases);

    public void ReleaseLease()
    {
        // Interlocked on both sides (here and in Retire) orders the two writes against the two reads, so at least one
        // side sees the other's write and the drain is always signalled.
        if (Interlocked.Decrement(ref _leases) == 0 && Volatile.Read(ref _retired) == 1)
        {
            _drained.TrySetResult();
        }
    }

    public void Retire()
    {
        Interlocked.Exchange(ref _retired, 1);
        if (Volatile.Read(ref _leases) == 0)
        {
            _drained.TrySetResult();
        }
    }
}
