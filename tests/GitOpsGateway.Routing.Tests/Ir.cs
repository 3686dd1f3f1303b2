using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Backends;
using GitOpsGateway.RouteTables.Filters;
using GitOpsGateway.RouteTables.Http;
using GitOpsGateway.RouteTables.L4;
using GitOpsGateway.RouteTables.Listeners;

namespace GitOpsGateway.Routing.Tests;

/// <summary>Short builders for hand-written IR tables; clusters are left out because the router never reads them.</summary>
internal static class Ir
{
    public static RouteTable Table(IEnumerable<Listener> listeners, IEnumerable<HttpPort>? ports = null, IEnumerable<L4Route>? l4Routes = null) => new()
    {
        Gateway = new NamespacedName { Namespace = "infra", Name = "edge" },
        GatewayClass = "gitops-gateway",
        Listeners = [.. listeners],
        HttpPorts = [.. ports ?? []],
        L4Routes = [.. l4Routes ?? []],
    };

    /// <summary>A table with one HTTP listener on port 80 serving these hosts.</summary>
    public static RouteTable SingleListener(params VirtualHost[] hosts) =>
        Table([Http("http", 80)], [Port(80, Routes("http", hosts))]);

    /// <summary>A table with one HTTP listener on port 80 and one catch-all host holding these rules.</summary>
    public static RouteTable Rules(params HttpRouteRule[] rules) => SingleListener(Host("*", rules));

    public static Listener Http(string name, int port, string? hostname = null) =>
        new() { Name = name, Port = port, Protocol = ListenerProtocol.HTTP, Hostname = hostname };

    public static Listener Https(string name, int port, string? hostname = null) => new()
    {
        Name = name,
        Port = port,
        Protocol = ListenerProtocol.HTTPS,
        Hostname = hostname,
        Tls = new ListenerTls
        {
            Mode = TlsMode.Terminate,
            CertificateRefs = [new CertificateReference { Secret = new NamespacedName { Namespace = "infra", Name = $"{name}-cert" } }],
        },
    };

    public static Listener Passthrough(string name, int port, string? hostname = null) => new()
    {
        Name = name,
        Port = port,
        Protocol = ListenerProtocol.TLS,
        Hostname = hostname,
        Tls = new ListenerTls { Mode = TlsMode.Passthrough },
    };

    public static Listener Stream(string name, int port, ListenerProtocol protocol) =>
        new() { Name = name, Port = port, Protocol = protocol };

    public static HttpPort Port(int port, params HttpListenerRoutes[] listeners) => new() { Port = port, Listeners = [.. listeners] };

    public static HttpListenerRoutes Routes(string listenerName, params VirtualHost[] hosts) =>
        new() { ListenerName = listenerName, VirtualHosts = [.. hosts] };

    public static VirtualHost Host(string hostname, params HttpRouteRule[] rules) => new() { Hostname = hostname, Rules = [.. rules] };

    public static RuleProvenance Provenance(string route, int ruleIndex = 0, RouteKind kind = RouteKind.HTTPRoute) =>
        new() { Kind = kind, Namespace = "apps", Name = route, RuleIndex = ruleIndex };

    public static HttpRouteRule Rule(string route, PathMatchType type, string path, params HttpFilter[] filters) => new()
    {
        Provenance = Provenance(route),
        Match = new HttpRouteMatch { Path = new PathMatch { Type = type, Value = path } },
        Filters = [.. filters],
        Backends = [To($"apps/{route}:8080")],
    };

    public static HttpRouteRule Prefix(string route, string prefix, params HttpFilter[] filters) =>
        Rule(route, PathMatchType.PathPrefix, prefix, filters);

    public static HttpRouteRule Exact(string route, string path) => Rule(route, PathMatchType.Exact, path);

    public static HttpRouteRule Regex(string route, string pattern) => Rule(route, PathMatchType.RegularExpression, pattern);

    public static HttpRouteRule WithMatch(this HttpRouteRule rule, Func<HttpRouteMatch, HttpRouteMatch> change) =>
        rule with { Match = change(rule.Match) };

    public static ClusterBackend To(string clusterId, int weight = 1) => new() { ClusterId = clusterId, Weight = weight };

    public static L4Route L4(string listenerName, string route, RouteKind kind, params string[] hostnames) => new()
    {
        ListenerName = listenerName,
        Provenance = Provenance(route, kind: kind),
        Hostnames = [.. hostnames],
        Backends = [To($"apps/{route}:9000")],
    };
}
