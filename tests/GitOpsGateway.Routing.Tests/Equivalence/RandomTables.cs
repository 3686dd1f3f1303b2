using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Http;
using GitOpsGateway.RouteTables.Listeners;
using GitOpsGateway.Routing.Headers;

namespace GitOpsGateway.Routing.Tests.Equivalence;

/// <summary>
/// Random tables and requests drawn from small vocabularies, so that hostnames, paths and conditions collide
/// often: overlapping prefixes, exact and prefix rules on the same path, regexes, rules that differ only in a
/// header or query condition.
/// </summary>
internal sealed class RandomTables(int seed)
{
    private static readonly string?[] ListenerHostnames = [null, "*.example.com", "*.a.example.com", "a.example.com", "b.example.com", "*.org"];
    private static readonly string[] HostPatterns = ["*", "*.example.com", "*.a.example.com", "a.example.com", "x.a.example.com", "b.example.com", "c.org", "*.org"];
    private static readonly string[] RequestHosts = ["a.example.com", "A.Example.com:8080", "x.a.example.com", "y.x.a.example.com", "b.example.com", "example.com", "c.org", "d.org", "other.net", ""];
    private static readonly string[] ExactPaths = ["/", "/a", "/a/", "/a/b", "/ab", "/b/c"];
    private static readonly string[] Prefixes = ["/", "/a", "/a/", "/a/b", "/b", "/ab", "/b/c/"];
    private static readonly string[] Patterns = ["/a/.*", "/[ab]+", "/b/c", ".*", "/a(/b)?", "/ab?", "/ab*c?", "/a{0,1}b", "/a+b?", "/c|/a/b", "/(a|b)/c", @"/a\/b", "/a/b/c/.+"];
    private static readonly string[] RequestPaths = ["/", "/a", "/a/", "/a/b", "/a/b/c", "/ab", "/abc", "/b", "/b/c", "/b/c/d", "/c", ""];
    private static readonly string?[] Methods = [null, "GET", "POST"];
    private static readonly string[] HeaderNames = ["x-a", "X-B"];
    private static readonly string[] QueryNames = ["q", "Q"];

    private readonly Random _random = new(seed);
    private int _rules;

    public RouteTable NextTable()
    {
        var listeners = new List<Listener>();
        var ports = new List<HttpPort>();
        foreach (var (port, protocol) in new[] { (80, ListenerProtocol.HTTP), (443, ListenerProtocol.HTTPS) })
        {
            var hostnames = ListenerHostnames.Where(_ => _random.Next(3) > 0).ToList();
            var portListeners = hostnames.Select((hostname, index) => Listener($"{protocol}-{index}", port, protocol, hostname)).ToList();
            listeners.AddRange(portListeners);
            ports.Add(new HttpPort
            {
                Port = port,
                Listeners = [.. portListeners.Where(_ => _random.Next(5) > 0).Select(listener => new HttpListenerRoutes
                {
                    ListenerName = listener.Name,
                    VirtualHosts = [.. HostPatterns.Where(_ => _random.Next(2) > 0).Select(NextHost)],
                })],
            });
        }

        return Ir.Table(listeners, ports);
    }

    public RouteRequest NextRequest()
    {
        var https = _random.Next(2) == 0;
        var headers = new HeaderCollection();
        foreach (var name in HeaderNames.Where(_ => _random.Next(2) > 0))
        {
            headers.Add(_random.Next(2) == 0 ? name : name.ToUpperInvariant(), Pick(["1", "2", "3"]));
        }

        return new RouteRequest
        {
            Port = _random.Next(10) == 0 ? (https ? 80 : 443) : (https ? 443 : 80),
            Scheme = https ? RequestScheme.Https : RequestScheme.Http,
            ServerName = https ? Pick<string?>([null, "a.example.com", "x.a.example.com", "b.example.com", "d.org", "unknown.net"]) : null,
            Host = Pick(RequestHosts),
            Method = Pick(["GET", "POST", "PUT"]),
            Path = Pick(RequestPaths),
            Query = Pick<string?>([null, "", "q=1", "q=2&q=1", "Q=1", "x=0&q=%31", "q"]),
            Headers = headers,
        };
    }

    private VirtualHost NextHost(string hostname) => new()
    {
        Hostname = hostname,
        Rules = [.. Enumerable.Range(0, _random.Next(13)).Select(_ => NextRule())],
    };

    private HttpRouteRule NextRule()
    {
        var path = _random.Next(3) switch
        {
            0 => new PathMatch { Type = PathMatchType.Exact, Value = Pick(ExactPaths) },
            1 => new PathMatch { Type = PathMatchType.PathPrefix, Value = Pick(Prefixes) },
            _ => new PathMatch { Type = PathMatchType.RegularExpression, Value = Pick(Patterns) },
        };
        return new HttpRouteRule
        {
            Provenance = Ir.Provenance($"r{++_rules}"),
            Match = new HttpRouteMatch
            {
                Path = path,
                Method = Pick(Methods),
                Headers = [.. HeaderNames.Where(_ => _random.Next(4) == 0).Select(name => new HeaderMatch
                {
                    Name = name,
                    Type = _random.Next(2) == 0 ? StringMatchType.Exact : StringMatchType.RegularExpression,
                    Value = Pick(["1", "2", "[12]"]),
                })],
                QueryParams = [.. QueryNames.Where(_ => _random.Next(4) == 0).Select(name => new QueryParamMatch
                {
                    Name = name,
                    Type = _random.Next(2) == 0 ? StringMatchType.Exact : StringMatchType.RegularExpression,
                    Value = Pick(["1", "2", "[12]"]),
                })],
            },
            Backends = [Ir.To("apps/echo:8080")],
        };
    }

    private static Listener Listener(string name, int port, ListenerProtocol protocol, string? hostname) =>
        protocol == ListenerProtocol.HTTP ? Ir.Http(name, port, hostname) : Ir.Https(name, port, hostname);

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
