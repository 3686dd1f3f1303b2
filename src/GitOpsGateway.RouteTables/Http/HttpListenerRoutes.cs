namespace GitOpsGateway.RouteTables.Http;

/// <summary>
/// The routes of one listener, host first: a request's hostname selects exactly one virtual host (exact name,
/// else the longest matching wildcard, else <c>*</c>), and the node takes the first matching rule of that host.
/// The node never falls through to a less specific host, so the compiler copies into each host every rule that
/// may serve it: a rule whose route hostnames intersect the listener in three names appears in three hosts.
/// HTTPRoute and GRPCRoute rules share this layout; the Gateway API never lets both kinds claim the same host on
/// a listener, and each rule's provenance says its kind.
/// </summary>
public sealed record HttpListenerRoutes
{
    public required string ListenerName { get; init; }

    /// <summary>A set keyed by hostname, kept in ordinal order.</summary>
    public EquatableArray<VirtualHost> VirtualHosts
    {
        get;
        init => field = value.SortedByOrdinal(host => host.Hostname);
    }
}
