using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Backends;
using GitOpsGateway.RouteTables.Http;
using GitOpsGateway.RouteTables.Listeners;
using GitOpsGateway.Translation.Hostnames;
using GitOpsGateway.Translation.Tests.Golden;

namespace GitOpsGateway.Translation.Tests.Requests;

/// <summary>
/// Walks a route table the way a data-plane node must: the port, then the most specific listener for the host
/// (or SNI), then its most specific virtual host, then the first matching rule; or, for TLS passthrough, the
/// L4 route of the SNI. A stand-in until the data plane's own router can serve the golden tests.
/// </summary>
internal static class IrRequestRouter
{
    public static RequestOutcome Route(RouteTable table, RequestExpectation request) =>
        request.Scheme == "tls" ? RoutePassthrough(table, request) : RouteHttp(table, request);

    private static RequestOutcome RoutePassthrough(RouteTable table, RequestExpectation request)
    {
        var sni = request.Sni ?? string.Empty;
        var listener = HostSelection.MostSpecific(
            table.Listeners.Where(candidate => candidate.Port == request.Port && candidate.Protocol == ListenerProtocol.TLS), candidate => candidate.Hostname, sni);
        if (listener is null)
        {
            return RequestOutcome.Refused();
        }

        var routes = table.L4Routes.Where(route => route.ListenerName == listener.Name)
            .SelectMany(route => route.Hostnames.Select(hostname => (hostname, route)));
        var chosen = HostSelection.MostSpecific(routes.Select(entry => Tuple.Create(entry.hostname, entry.route)), entry => entry.Item1, sni)?.Item2;
        if (chosen is null || !chosen.Backends.Any(backend => backend is ClusterBackend && backend.Weight > 0))
        {
            return RequestOutcome.Refused(listener.Name);
        }

        return new RequestOutcome { Action = "Forward", Listener = listener.Name, Rule = chosen.Provenance, Backends = Shares(table, chosen.Backends) };
    }

    private static RequestOutcome RouteHttp(RouteTable table, RequestExpectation request)
    {
        var port = table.HttpPorts.FirstOrDefault(candidate => candidate.Port == request.Port);
        if (port is null)
        {
            return RequestOutcome.Refused();
        }

        var host = HostnameMatching.StripPort(request.Host ?? request.Sni ?? string.Empty);
        var listeners = port.Listeners.Select(routes => (routes, spec: table.Listeners.Single(listener => listener.Name == routes.ListenerName)));
        var chosen = HostSelection.MostSpecific(listeners.Select(entry => Tuple.Create(entry.routes, entry.spec)), entry => entry.Item2.Hostname, host);
        if (chosen is null)
        {
            return RequestOutcome.NotFound(null, null, request.Grpc);
        }

        var (listenerRoutes, listenerSpec) = chosen;
        var virtualHost = HostSelection.MostSpecific(listenerRoutes.VirtualHosts, candidate => candidate.Hostname, host);
        if (virtualHost is null)
        {
            return RequestOutcome.NotFound(listenerSpec.Name, null, request.Grpc);
        }

        var (path, query) = SplitPath(request.Path);
        var method = request.Grpc ? "POST" : request.Method;
        var rule = virtualHost.Rules.FirstOrDefault(candidate => RuleMatcher.Matches(candidate.Match, method, path, query, request.Headers));
        return rule is null
            ? RequestOutcome.NotFound(listenerSpec.Name, virtualHost.Hostname, request.Grpc)
            : RuleEffects.Apply(table, listenerSpec, virtualHost.Hostname, rule, request, path, query);
    }

    public static IReadOnlyList<BackendShare> Shares(RouteTable table, EquatableArray<Backend> backends) =>
    [
        .. backends.Select(backend => backend switch
        {
            ClusterBackend cluster => new BackendShare(Service(cluster.ClusterId), cluster.Weight, Protocol(table, cluster.ClusterId)),
            InvalidBackend invalid => new BackendShare($"invalid ({invalid.Reason})", invalid.Weight, null),
            _ => new BackendShare(backend.GetType().Name, backend.Weight, null),
        }),
    ];

    /// <summary>The Service a cluster id names: ids are <c>ns/name:port</c>, optionally followed by <c>/protocol</c>.</summary>
    public static string Service(string clusterId) => clusterId[..clusterId.LastIndexOf(':')];

    private static string Protocol(RouteTable table, string clusterId) =>
        table.Clusters.Single(cluster => cluster.Id == clusterId).Protocol.ToString().ToLowerInvariant();

    private static (string Path, string Query) SplitPath(string pathAndQuery)
    {
        var question = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        return question < 0 ? (pathAndQuery, string.Empty) : (pathAndQuery[..question], pathAndQuery[(question + 1)..]);
    }
}
