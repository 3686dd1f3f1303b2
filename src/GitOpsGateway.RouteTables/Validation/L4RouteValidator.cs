using GitOpsGateway.RouteTables.Listeners;

namespace GitOpsGateway.RouteTables.Validation;

internal static class L4RouteValidator
{
    public static void Validate(
        RouteTable table, Dictionary<string, Listener> listeners, HashSet<string> clusterIds, List<string> errors)
    {
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var route in table.L4Routes)
        {
            var where = $"l4Routes[{route.ListenerName} {route.Provenance}]";
            RouteTableValidator.CheckBackends(where, route.Backends, clusterIds, errors);
            if (!listeners.TryGetValue(route.ListenerName, out var listener))
            {
                errors.Add($"{where}: listener '{route.ListenerName}' is not in the table");
                continue;
            }

            var expected = listener.Protocol switch
            {
                ListenerProtocol.TLS => RouteKind.TLSRoute,
                ListenerProtocol.TCP => RouteKind.TCPRoute,
                ListenerProtocol.UDP => RouteKind.UDPRoute,
                _ => (RouteKind?)null,
            };
            if (route.Provenance.Kind != expected)
            {
                errors.Add($"{where}: a {route.Provenance.Kind} cannot serve {listener.Protocol} listener '{listener.Name}'");
            }

            if (listener.Protocol != ListenerProtocol.TLS && !route.Hostnames.IsEmpty)
            {
                errors.Add($"{where}: only TLS routes have hostnames");
            }

            var keys = listener.Protocol == ListenerProtocol.TLS
                ? route.Hostnames.Select(hostname => $"{route.ListenerName} {hostname}")
                : [route.ListenerName];
            foreach (var key in keys.Where(key => !claimed.Add(key)))
            {
                errors.Add($"{where}: '{key}' is already served by another route");
            }
        }
    }
}
