using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Listeners;
using GitOpsGateway.Routing.Decisions;

namespace GitOpsGateway.Routing.Matching;

/// <summary>
/// TLS passthrough by SNI (the most specific listener of the port, then the most specific route hostname of that
/// listener; a route without hostnames takes every name), TCP and UDP by port. Decisions are built once here:
/// routing a connection allocates nothing.
/// </summary>
internal sealed class L4Routing
{
    private readonly Dictionary<int, HostnameTable<HostnameTable<L4Forward>>> _tls = [];
    private readonly Dictionary<int, L4Forward> _tcp = [];
    private readonly Dictionary<int, L4Forward> _udp = [];

    public static L4Routing Build(RouteTable table)
    {
        var routing = new L4Routing();
        var listeners = new Dictionary<string, Listener>(StringComparer.Ordinal);
        var tlsRoutes = new Dictionary<string, HostnameTable<L4Forward>>(StringComparer.Ordinal);
        foreach (var listener in table.Listeners)
        {
            listeners.TryAdd(listener.Name, listener);
            if (listener.Protocol == ListenerProtocol.TLS)
            {
                var routes = new HostnameTable<L4Forward>();
                tlsRoutes.TryAdd(listener.Name, routes);
                if (!routing._tls.TryGetValue(listener.Port, out var byListener))
                {
                    routing._tls[listener.Port] = byListener = new HostnameTable<HostnameTable<L4Forward>>();
                }

                byListener.Add(listener.Hostname, routes);
            }
        }

        foreach (var route in table.L4Routes)
        {
            if (!listeners.TryGetValue(route.ListenerName, out var listener))
            {
                continue;
            }

            var decision = new L4Forward { ListenerName = listener.Name, Route = route.Provenance, Backends = route.Backends };
            switch (listener.Protocol)
            {
                case ListenerProtocol.TLS when route.Hostnames.IsEmpty:
                    tlsRoutes[listener.Name].Add(null, decision);
                    break;
                case ListenerProtocol.TLS:
                    foreach (var hostname in route.Hostnames)
                    {
                        tlsRoutes[listener.Name].Add(hostname, decision);
                    }

                    break;
                case ListenerProtocol.TCP:
                    routing._tcp.TryAdd(listener.Port, decision);
                    break;
                case ListenerProtocol.UDP:
                    routing._udp.TryAdd(listener.Port, decision);
                    break;
            }
        }

        return routing;
    }

    public RoutingDecision Route(in RouteRequest request) => request.Scheme switch
    {
        RequestScheme.Tls => RouteTls(request.Port, HostName.Of(request.ServerName)),
        RequestScheme.Tcp => _tcp.GetValueOrDefault(request.Port) ?? (RoutingDecision)NotFound.Instance,
        RequestScheme.Udp => _udp.GetValueOrDefault(request.Port) ?? (RoutingDecision)NotFound.Instance,
        _ => NotFound.Instance,
    };

    private RoutingDecision RouteTls(int port, ReadOnlySpan<char> serverName) =>
        (_tls.TryGetValue(port, out var listeners) ? listeners.Find(serverName)?.Find(serverName) : null)
        ?? (RoutingDecision)NotFound.Instance;
}
