using GitOpsGateway.RouteTables.Clusters;
using GitOpsGateway.RouteTables.Http;
using GitOpsGateway.RouteTables.L4;
using GitOpsGateway.RouteTables.Listeners;

namespace GitOpsGateway.RouteTables;

/// <summary>
/// Everything a data-plane node needs to serve one Gateway: its listeners, the HTTP routing of each port, the L4
/// routes and the clusters they forward to. The content only: the version number and its provenance are assigned
/// by the event store when a new content hash appears (<see cref="RouteTableHash"/>).
/// Sets (listeners, ports, clusters, hostnames, ...) are kept sorted at construction, so two tables built from the
/// same facts in any order are equal and serialise to the same bytes; ordered lists (rules, backends, filters)
/// keep the producer's order because it carries meaning.
/// </summary>
public sealed record RouteTable
{
    private static readonly IComparer<HttpPort> PortOrder = CanonicalOrder.By<HttpPort>(port => port.Port);

    private static readonly IComparer<L4Route> L4RouteOrder = CanonicalOrder.By<L4Route>(
        route => route.ListenerName,
        route => route.Provenance.Kind,
        route => route.Provenance.Namespace,
        route => route.Provenance.Name,
        route => route.Provenance.RuleIndex);

    public required NamespacedName Gateway { get; init; }

    public required string GatewayClass { get; init; }

    /// <summary>Keyed by name, kept in ordinal order.</summary>
    public EquatableArray<Listener> Listeners
    {
        get;
        init => field = value.SortedByOrdinal(listener => listener.Name);
    }

    /// <summary>Keyed by port, kept in ascending order.</summary>
    public EquatableArray<HttpPort> HttpPorts
    {
        get;
        init => field = value.SortedBy(PortOrder);
    }

    /// <summary>A set, kept in order of listener, route kind, namespace, name and rule index.</summary>
    public EquatableArray<L4Route> L4Routes
    {
        get;
        init => field = value.SortedBy(L4RouteOrder);
    }

    /// <summary>Keyed by id, kept in ordinal order.</summary>
    public EquatableArray<Cluster> Clusters
    {
        get;
        init => field = value.SortedByOrdinal(cluster => cluster.Id);
    }
}
