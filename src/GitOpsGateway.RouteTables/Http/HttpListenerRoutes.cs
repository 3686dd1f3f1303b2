namespace GitOpsGateway.RouteTables.Http;

/// <summary>
/// The routes of one listener by hostname. A request tries the virtual hosts its hostname matches from the most
/// specific (the exact name, then wildcards from the longest, then <c>*</c>) and the node takes the first matching
/// rule of the first host that has one; 404 only when none has. This is the Gateway API's precedence of the route
/// with the most specific matching hostname, so each rule is written once, under its route's own hostname, and
/// a wildcard route is never copied into the exact hosts below it (docs/adr/0012-virtual-host-fall-through.md).
/// A rule whose route hostnames intersect the listener in three names still appears in three hosts.
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
