using System.Globalization;
using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Backends;
using GitOpsGateway.RouteTables.Clusters;
using GitOpsGateway.RouteTables.Http;
using GitOpsGateway.RouteTables.Listeners;

namespace GitOpsGateway.Benchmarks.Audit;

/// <summary>
/// Canonical JSON manifests (sorted keys, compact, as ingestion stores them) and the route table the compiler
/// would give a synthetic source, built directly as IR: seeding a million events cannot afford a compile per
/// version, and the audit projections only read what ingestion would have written.
/// </summary>
internal static class SyntheticManifests
{
    public static string Gateway(string @namespace) =>
        $$$"""{"apiVersion":"gateway.networking.k8s.io/v1","kind":"Gateway","metadata":{"name":"edge","namespace":"{{{@namespace}}}"},"spec":{"gatewayClassName":"gitops","listeners":[{"name":"http","port":80,"protocol":"HTTP"}]}}""";

    public static string Service(string @namespace, string name) =>
        $$$"""{"apiVersion":"v1","kind":"Service","metadata":{"name":"{{{name}}}","namespace":"{{{@namespace}}}"},"spec":{"ports":[{"name":"http","port":8080}]}}""";

    public static string Route(string @namespace, SyntheticRoute route) => string.Create(CultureInfo.InvariantCulture,
        $$$"""{"apiVersion":"gateway.networking.k8s.io/v1","kind":"HTTPRoute","metadata":{"labels":{"revision":"{{{route.Revision}}}"},"name":"{{{route.Name}}}","namespace":"{{{@namespace}}}"},"spec":{"hostnames":["{{{route.Hostname}}}"],"parentRefs":[{"name":"edge"}],"rules":[{"backendRefs":[{"name":"{{{route.ServiceA}}}","port":8080,"weight":{{{route.WeightA}}}},{{{BackendRef(route.ServiceB)}}},"port":8080,"weight":{{{100 - route.WeightA}}}}],"matches":[{"path":{"type":"PathPrefix","value":"{{{route.Path}}}"}}]}]}}""");

    public static RouteTable Table(string @namespace, IReadOnlyList<SyntheticRoute> routes, IReadOnlyList<string> services) => new()
    {
        Gateway = new NamespacedName { Namespace = @namespace, Name = "edge" },
        GatewayClass = "gitops",
        Listeners = [new Listener { Name = "http", Port = 80, Protocol = ListenerProtocol.HTTP }],
        HttpPorts =
        [
            new HttpPort
            {
                Port = 80,
                Listeners = [new HttpListenerRoutes { ListenerName = "http", VirtualHosts = [.. routes.Select(route => Host(@namespace, route))] }],
            },
        ],
        Clusters = [.. services.Append(SyntheticSource.SharedService).Select(service => Cluster(@namespace, service))],
    };

    public static string Status(long generation) => string.Create(CultureInfo.InvariantCulture,
        $$$"""{"parents":[{"conditions":[{"lastTransitionTime":"2025-01-01T00:00:00Z","message":"Accepted","observedGeneration":{{{generation}}},"reason":"Accepted","status":"True","type":"Accepted"},{"lastTransitionTime":"2025-01-01T00:00:00Z","message":"Resolved","observedGeneration":{{{generation}}},"reason":"ResolvedRefs","status":"True","type":"ResolvedRefs"}],"controllerName":"gitops-gateway.dev/gateway-controller","parentRef":{"name":"edge"}}]}""");

    private static VirtualHost Host(string @namespace, SyntheticRoute route) => new()
    {
        Hostname = route.Hostname,
        Rules =
        [
            new HttpRouteRule
            {
                Provenance = new RuleProvenance { Kind = RouteKind.HTTPRoute, Namespace = @namespace, Name = route.Name, RuleIndex = 0 },
                Match = new HttpRouteMatch { Path = new PathMatch { Type = PathMatchType.PathPrefix, Value = route.Path } },
                Backends =
                [
                    new ClusterBackend { ClusterId = $"{@namespace}/{route.ServiceA}:8080", Weight = route.WeightA },
                    new ClusterBackend { ClusterId = $"{Qualified(@namespace, route.ServiceB)}:8080", Weight = 100 - route.WeightA },
                ],
            },
        ],
    };

    /// <summary>A backendRef's opening and name, with its namespace when the Service is in another one (keys stay sorted).</summary>
    private static string BackendRef(string service) => service.Split('/') is [var ns, var name]
        ? "{\"name\":\"" + name + "\",\"namespace\":\"" + ns + "\""
        : "{\"name\":\"" + service + "\"";

    private static string Qualified(string @namespace, string service) => service.Contains('/', StringComparison.Ordinal) ? service : $"{@namespace}/{service}";

    private static Cluster Cluster(string @namespace, string service)
    {
        var id = Qualified(@namespace, service);
        var dnsName = $"{id.Split('/')[1]}.{id.Split('/')[0]}.svc.cluster.local";
        return new Cluster
        {
            Id = $"{id}:8080",
            Protocol = ClusterProtocol.Http1,
            Resolution = EndpointResolution.ClusterDns,
            DnsName = dnsName,
            Endpoints = [new ClusterEndpoint { Address = dnsName, Port = 8080 }],
        };
    }
}
