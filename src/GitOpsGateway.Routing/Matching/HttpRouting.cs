using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Http;
using GitOpsGateway.RouteTables.Listeners;
using GitOpsGateway.Routing.Decisions;

namespace GitOpsGateway.Routing.Matching;

/// <summary>
/// The HTTP side of the router: per port, the listeners of one protocol by hostname. For HTTPS the SNI of the
/// connection chose a listener already; a Host that another listener of the port claims is misdirected (421),
/// a Host that no listener claims is not found (404), as the Gateway API's Listener hostname text says.
/// </summary>
internal sealed class HttpRouting
{
    private readonly Dictionary<int, HostnameTable<ListenerRoutes>> _ports;

    private HttpRouting(Dictionary<int, HostnameTable<ListenerRoutes>> ports) => _ports = ports;

    public static HttpRouting Build(RouteTable table, ListenerProtocol protocol, PatternCompiler patterns)
    {
        var routesByListener = new Dictionary<string, HttpListenerRoutes>(StringComparer.Ordinal);
        foreach (var routes in table.HttpPorts.SelectMany(port => port.Listeners))
        {
            routesByListener.TryAdd(routes.ListenerName, routes);
        }

        var ports = new Dictionary<int, HostnameTable<ListenerRoutes>>();
        foreach (var listener in table.Listeners.Where(listener => listener.Protocol == protocol))
        {
            var hosts = routesByListener.TryGetValue(listener.Name, out var routes)
                ? VirtualHostChain.Build(routes.VirtualHosts, patterns)
                : new HostnameTable<VirtualHostChain>();

            if (!ports.TryGetValue(listener.Port, out var listeners))
            {
                ports[listener.Port] = listeners = new HostnameTable<ListenerRoutes>();
            }

            listeners.Add(listener.Hostname, new ListenerRoutes(listener, hosts));
        }

        return new HttpRouting(ports);
    }

    public RoutingDecision Route(in RouteRequest request)
    {
        if (!_ports.TryGetValue(request.Port, out var listeners))
        {
            return NotFound.Instance;
        }

        var hostname = HostName.Of(request.Host);
        var listener = listeners.Find(hostname);
        if (!string.IsNullOrEmpty(request.ServerName)
            && !ReferenceEquals(listeners.Find(HostName.Of(request.ServerName)), listener))
        {
            return listener is null ? NotFound.Instance : Misdirected.Instance;
        }

        return listener is null ? NotFound.Instance : listener.Route(in request, hostname);
    }

    /// <summary>The listener whose certificates answer a TLS handshake with this server name.</summary>
    public Listener? ListenerFor(int port, ReadOnlySpan<char> serverName) =>
        _ports.TryGetValue(port, out var listeners) ? listeners.Find(HostName.Of(serverName))?.Listener : null;
}
