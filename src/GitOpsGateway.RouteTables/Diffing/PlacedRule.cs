using GitOpsGateway.RouteTables.Http;

namespace GitOpsGateway.RouteTables.Diffing;

/// <summary>A rule with the virtual host it sits on and its precedence position there.</summary>
internal sealed record PlacedRule(string HostKey, int Position, HttpRouteRule Rule)
{
    /// <summary>Host plus provenance without the rule name, so renaming a rule reads as a change, not a swap.</summary>
    public string Key => $"{HostKey} {Rule.Provenance.Kind} {Rule.Provenance.Namespace}/{Rule.Provenance.Name} " +
        $"rule {Rule.Provenance.RuleIndex} match {Rule.Provenance.MatchIndex}";

    public static IEnumerable<PlacedRule> All(RouteTable table) =>
        from port in table.HttpPorts
        from listener in port.Listeners
        from host in listener.VirtualHosts
        let hostKey = $"{listener.ListenerName}:{port.Port} {host.Hostname}"
        from placed in host.Rules.Select((rule, position) => new PlacedRule(hostKey, position, rule))
        select placed;
}
