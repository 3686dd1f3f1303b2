using GitOpsGateway.NodeFeed.Protocol;
using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Backends;
using GitOpsGateway.RouteTables.Clusters;
using GitOpsGateway.RouteTables.Http;
using GitOpsGateway.RouteTables.Listeners;

namespace GitOpsGateway.NodeFeed.Tests.Support;

/// <summary>Route tables whose content depends on a number, so every version has its own hash.</summary>
internal static class SampleVersions
{
    public static NamespacedName Edge { get; } = new() { Namespace = "infra", Name = "edge" };

    public static NamespacedName Internal { get; } = new() { Namespace = "infra", Name = "internal" };

    public static FeedVersion Version(long number, NamespacedName? gateway = null)
    {
        var table = Table(number, gateway ?? Edge);
        return new FeedVersion
        {
            Version = number,
            Gateway = gateway ?? Edge,
            Hash = RouteTableHash.Compute(table),
            Table = table,
            Provenance = $"commit {number:x7} by Ada",
            ActivatedAt = new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero).AddMinutes(number),
        };
    }

    /// <summary>Version <paramref name="number"/> announcing the hash of another table: what tampering in transit looks like.</summary>
    public static FeedVersion Tampered(long number) =>
        Version(number) with { Hash = RouteTableHash.Compute(Table(number + 1000, Edge)) };

    public static RouteTable Table(long number, NamespacedName gateway)
    {
        var clusterId = $"shop/checkout-{number}:8080";
        return new RouteTable
        {
            Gateway = gateway,
            GatewayClass = "gitops-gateway",
            Listeners = [new Listener { Name = "http", Port = 80, Protocol = ListenerProtocol.HTTP }],
            HttpPorts =
            [
                new HttpPort
                {
                    Port = 80,
                    Listeners =
                    [
                        new HttpListenerRoutes
                        {
                            ListenerName = "http",
                            VirtualHosts =
                            [
                                new VirtualHost
                                {
                                    Hostname = "shop.example.com",
                                    Rules =
                                    [
                                        new HttpRouteRule
                                        {
                                            Provenance = new RuleProvenance { Kind = RouteKind.HTTPRoute, Namespace = "shop", Name = "checkout", RuleIndex = 0 },
                                            Match = new HttpRouteMatch { Path = new PathMatch { Type = PathMatchType.PathPrefix, Value = $"/v{number}" } },
                                            Backends = [new ClusterBackend { ClusterId = clusterId, Weight = 1 }],
                                        },
                                    ],
                                },
                            ],
                        },
                    ],
                },
            ],
            Clusters =
            [
                new Cluster
                {
                    Id = clusterId,
                    Protocol = ClusterProtocol.Http1,
                    Resolution = EndpointResolution.EndpointSlice,
                    Endpoints = [new ClusterEndpoint { Address = "10.0.0.7", Port = 8080 }],
                },
            ],
        };
    }
}
