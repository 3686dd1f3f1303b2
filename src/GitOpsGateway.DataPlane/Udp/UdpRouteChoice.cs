using GitOpsGateway.DataPlane.Snapshots;
using GitOpsGateway.RouteTables.Backends;
using GitOpsGateway.Routing;
using GitOpsGateway.Routing.Decisions;

namespace GitOpsGateway.DataPlane.Udp;

/// <summary>
/// The UDPRoute decisions of a table: which target a new client session gets, and whether a session opened on an
/// earlier table may keep its target under a newer one.
/// </summary>
internal static class UdpRouteChoice
{
    /// <summary>A target chosen by weight, or null when no route takes the port or the pick is an invalid backend.</summary>
    public static UdpTarget? Choose(TableSnapshot snapshot, int listenerPort)
    {
        if (Forward(snapshot, listenerPort) is not { } forward)
        {
            return null;
        }

        var index = WeightedChoice.Pick(forward.Backends, Random.Shared.NextDouble());
        if (index < 0
            || forward.Backends[index] is not ClusterBackend chosen
            || !snapshot.L4Clusters.TryGetValue(chosen.ClusterId, out var cluster)
            || cluster.Endpoints.IsEmpty)
        {
            return null;
        }

        return new UdpTarget(chosen.ClusterId, cluster.Endpoints[Random.Shared.Next(cluster.Endpoints.Count)]);
    }

    /// <summary>
    /// True while the port's route still sends traffic (positive weight) to the target's cluster and that cluster
    /// still has the target's endpoint: a swap leaves such a session alone, and closes every other.
    /// </summary>
    public static bool StillServes(TableSnapshot snapshot, int listenerPort, UdpTarget target)
    {
        if (Forward(snapshot, listenerPort) is not { } forward)
        {
            return false;
        }

        var routed = forward.Backends.Any(backend =>
            backend is ClusterBackend cluster && cluster.Weight > 0 && string.Equals(cluster.ClusterId, target.ClusterId, StringComparison.Ordinal));
        return routed
            && snapshot.L4Clusters.TryGetValue(target.ClusterId, out var current)
            && current.Endpoints.Contains(target.Endpoint);
    }

    private static L4Forward? Forward(TableSnapshot snapshot, int listenerPort) =>
        snapshot.Router.Route(new RouteRequest { Port = listenerPort, Scheme = RequestScheme.Udp }) as L4Forward;
}
