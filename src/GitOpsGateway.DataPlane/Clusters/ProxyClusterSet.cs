using GitOpsGateway.DataPlane.Snapshots;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Model;

namespace GitOpsGateway.DataPlane.Clusters;

/// <summary>
/// Keeps YARP's configuration equal to the union of the clusters of every live snapshot: the current one and the
/// retired ones that still have requests in flight. A new table's clusters are added before it becomes current;
/// an old table's clusters leave only when it has drained and no live table shares them.
/// </summary>
internal sealed class ProxyClusterSet(InMemoryConfigProvider provider, IProxyStateLookup lookup)
{
    public const string CatchAllRouteId = "gitops-gateway/catch-all";

    /// <summary>
    /// The only YARP route: our router has chosen the cluster before YARP runs. It keeps the client's Host, which
    /// the Gateway API sends to backends unless a URLRewrite changes it.
    /// </summary>
    private static readonly IReadOnlyList<RouteConfig> Routes =
    [
        new RouteConfig
        {
            RouteId = CatchAllRouteId,
            ClusterId = YarpClusterBuilder.PlaceholderClusterId,
            Match = new RouteMatch { Path = "/{**catch-all}" },
            Transforms = [new Dictionary<string, string> { ["RequestHeaderOriginalHost"] = "true" }],
        },
    ];

    private static readonly TimeSpan ClusterStateWait = TimeSpan.FromSeconds(5);

    private readonly Lock _gate = new();
    private readonly List<TableSnapshot> _live = [];

    // YARP keeps no reference to a removed cluster's HTTP client but does not dispose it either: its pooled
    // connections would stay open until collected. We dispose the client of every cluster that leaves.
    private readonly Dictionary<string, ClusterState> _states = new(StringComparer.Ordinal);

    public static IReadOnlyList<RouteConfig> InitialRoutes => Routes;

    public static IReadOnlyList<ClusterConfig> InitialClusters { get; } = [YarpClusterBuilder.Placeholder];

    public int LiveSnapshots
    {
        get
        {
            lock (_gate)
            {
                return _live.Count;
            }
        }
    }

    /// <summary>Adds the snapshot's clusters to YARP and binds the snapshot to YARP's state for them.</summary>
    public async Task PublishAsync(TableSnapshot snapshot, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _live.Add(snapshot);
            UpdateLocked();
        }

        var states = new Dictionary<string, ClusterState>(snapshot.YarpClusters.Count, StringComparer.Ordinal);
        foreach (var (irClusterId, config) in snapshot.YarpClusters)
        {
            states[irClusterId] = await ResolveAsync(config.ClusterId, cancellationToken);
        }

        lock (_gate)
        {
            foreach (var state in states.Values)
            {
                _states.TryAdd(state.ClusterId, state);
            }
        }

        snapshot.Bind(states);
    }

    /// <summary>Drops a drained snapshot; clusters no other live snapshot uses leave YARP.</summary>
    public void Forget(TableSnapshot snapshot)
    {
        lock (_gate)
        {
            if (_live.Remove(snapshot))
            {
                UpdateLocked();
            }
        }
    }

    public IReadOnlyCollection<string> YarpClusterIds()
    {
        lock (_gate)
        {
            return Union().Select(cluster => cluster.ClusterId).ToList();
        }
    }

    /// <summary>Empties YARP's configuration and closes every upstream connection; for the node's shutdown.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _live.Clear();
            UpdateLocked();
        }
    }

    private void UpdateLocked()
    {
        var union = Union();
        provider.Update(Routes, union);
        var kept = union.Select(cluster => cluster.ClusterId).ToHashSet(StringComparer.Ordinal);
        foreach (var id in _states.Keys.Where(id => !kept.Contains(id)).ToList())
        {
            _states.Remove(id, out var state);
            state!.Model.HttpClient.Dispose();
        }
    }

    private List<ClusterConfig> Union()
    {
        var union = new Dictionary<string, ClusterConfig>(StringComparer.Ordinal)
        {
            [YarpClusterBuilder.PlaceholderClusterId] = YarpClusterBuilder.Placeholder,
        };
        foreach (var snapshot in _live)
        {
            foreach (var config in snapshot.YarpClusters.Values)
            {
                union.TryAdd(config.ClusterId, config);
            }
        }

        return [.. union.Values];
    }

    // YARP applies an in-memory update synchronously today; waiting briefly keeps us correct if that ever changes.
    private async Task<ClusterState> ResolveAsync(string yarpClusterId, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + ClusterStateWait;
        while (true)
        {
            if (lookup.TryGetCluster(yarpClusterId, out var state))
            {
                return state;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"YARP did not load cluster '{yarpClusterId}' within {ClusterStateWait}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(5), cancellationToken);
        }
    }
}
