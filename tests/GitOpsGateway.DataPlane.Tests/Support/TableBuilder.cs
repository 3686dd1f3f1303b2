using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Backends;
using GitOpsGateway.RouteTables.Clusters;
using GitOpsGateway.RouteTables.Http;
using GitOpsGateway.RouteTables.L4;
using GitOpsGateway.RouteTables.Listeners;
using GitOpsGateway.Testing.Echo;

namespace GitOpsGateway.DataPlane.Tests.Support;

/// <summary>Route tables written by hand in IR, listener by listener, for the node to serve.</summary>
internal sealed class TableBuilder
{
    public static readonly NamespacedName Gateway = new() { Namespace = "infra", Name = "edge" };

    private readonly List<Listener> _listeners = [];
    private readonly Dictionary<string, Dictionary<string, List<HttpRouteRule>>> _rules = new(StringComparer.Ordinal);
    private readonly List<Cluster> _clusters = [];
    private readonly List<L4Route> _l4Routes = [];

    public TableBuilder Http(string name = "http", int port = 80, string? hostname = null)
    {
        _listeners.Add(new Listener { Name = name, Port = port, Protocol = ListenerProtocol.HTTP, Hostname = hostname });
        return this;
    }

    public TableBuilder Https(string name, int port, string? hostname, params NamespacedName[] secrets)
    {
        _listeners.Add(new Listener
        {
            Name = name,
            Port = port,
            Protocol = ListenerProtocol.HTTPS,
            Hostname = hostname,
            Tls = new ListenerTls
            {
                Mode = TlsMode.Terminate,
                CertificateRefs = [.. secrets.Select(secret => new CertificateReference { Secret = secret })],
            },
        });
        return this;
    }

    public TableBuilder TlsPassthrough(string name, int port, string? hostname = null)
    {
        _listeners.Add(new Listener
        {
            Name = name,
            Port = port,
            Protocol = ListenerProtocol.TLS,
            Hostname = hostname,
            Tls = new ListenerTls { Mode = TlsMode.Passthrough },
        });
        return this;
    }

    public TableBuilder TlsTerminate(string name, int port, string? hostname, NamespacedName secret)
    {
        _listeners.Add(new Listener
        {
            Name = name,
            Port = port,
            Protocol = ListenerProtocol.TLS,
            Hostname = hostname,
            Tls = new ListenerTls { Mode = TlsMode.Terminate, CertificateRefs = [new CertificateReference { Secret = secret }] },
        });
        return this;
    }

    public TableBuilder Tcp(string name, int port)
    {
        _listeners.Add(new Listener { Name = name, Port = port, Protocol = ListenerProtocol.TCP });
        return this;
    }

    public TableBuilder Udp(string name, int port)
    {
        _listeners.Add(new Listener { Name = name, Port = port, Protocol = ListenerProtocol.UDP });
        return this;
    }

    /// <summary>A UDPRoute on a UDP listener, else a TLSRoute when <paramref name="hostnames"/> are given, else a TCPRoute.</summary>
    public TableBuilder L4(string listener, string[] hostnames, params Backend[] backends)
    {
        _l4Routes.Add(new L4Route
        {
            ListenerName = listener,
            Provenance = new RuleProvenance
            {
                Kind = _listeners.Any(candidate => candidate.Name == listener && candidate.Protocol == ListenerProtocol.UDP)
                    ? RouteKind.UDPRoute
                    : hostnames.Length > 0 ? RouteKind.TLSRoute : RouteKind.TCPRoute,
                Namespace = "apps",
                Name = $"l4-{_l4Routes.Count}",
                RuleIndex = 0,
            },
            Hostnames = [.. hostnames],
            Backends = [.. backends],
        });
        return this;
    }

    public TableBuilder Rule(HttpRouteRule rule) => Rule("http", "*", rule);

    public TableBuilder Rule(string listener, string hostname, HttpRouteRule rule)
    {
        if (!_rules.TryGetValue(listener, out var hosts))
        {
            _rules[listener] = hosts = new Dictionary<string, List<HttpRouteRule>>(StringComparer.Ordinal);
        }

        if (!hosts.TryGetValue(hostname, out var rules))
        {
            hosts[hostname] = rules = [];
        }

        rules.Add(rule);
        return this;
    }

    public TableBuilder Cluster(string id, EchoBackend backend, ClusterProtocol protocol = ClusterProtocol.Http1) =>
        Cluster(id, protocol, backend.Port);

    public TableBuilder Cluster(string id, ClusterProtocol protocol, params int[] ports)
    {
        _clusters.Add(new Cluster
        {
            Id = id,
            Protocol = protocol,
            Resolution = EndpointResolution.EndpointSlice,
            Endpoints = [.. ports.Select(port => new ClusterEndpoint { Address = "127.0.0.1", Port = port })],
        });
        return this;
    }

    public RouteTable Build() => new()
    {
        Gateway = Gateway,
        GatewayClass = "gitops-gateway",
        Listeners = [.. _listeners],
        HttpPorts =
        [
            .. _listeners
                .Where(listener => listener.Protocol is ListenerProtocol.HTTP or ListenerProtocol.HTTPS)
                .GroupBy(listener => listener.Port)
                .Select(port => new HttpPort
                {
                    Port = port.Key,
                    Listeners = [.. port.Select(listener => new HttpListenerRoutes
                    {
                        ListenerName = listener.Name,
                        VirtualHosts = [.. HostsOf(listener.Name)],
                    })],
                }),
        ],
        L4Routes = [.. _l4Routes],
        Clusters = [.. _clusters],
    };

    private IEnumerable<VirtualHost> HostsOf(string listener) =>
        _rules.TryGetValue(listener, out var hosts)
            ? hosts.Select(host => new VirtualHost { Hostname = host.Key, Rules = [.. host.Value] })
            : [];
}
