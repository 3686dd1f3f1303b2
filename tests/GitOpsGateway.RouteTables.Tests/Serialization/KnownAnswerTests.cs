using System.Text;
using GitOpsGateway.RouteTables.Backends;
using GitOpsGateway.RouteTables.Clusters;
using GitOpsGateway.RouteTables.Http;
using GitOpsGateway.RouteTables.Listeners;
using GitOpsGateway.RouteTables.Serialization;

namespace GitOpsGateway.RouteTables.Tests.Serialization;

/// <summary>
/// The canonical bytes and hash of a fixed table. If these fail, the canonical form changed: every stored
/// version hash changes with it, so change the format only on purpose (and regenerate the file knowingly).
/// </summary>
public sealed class KnownAnswerTests
{
    // sha256sum of testdata/known-answer.json without its final line end, computed outside .NET.
    private const string ExpectedHash = "2a69fa3d7b6cbf51723ce7d9b266907f9deef7640bcaa813a6aaa0983b5a2a0e";

    private static readonly string ExpectedFile = GoldenFiles.Folder("Serialization", "testdata", "known-answer.json");

    [Fact]
    public void The_canonical_bytes_of_the_fixed_table_match_the_checked_in_file()
    {
        var actual = Encoding.UTF8.GetString(RouteTableSerializer.ToCanonicalJson(FixedTable())) + "\n";
        if (GoldenFiles.Regenerate)
        {
            File.WriteAllText(ExpectedFile, actual);
        }

        Assert.Equal(File.ReadAllText(ExpectedFile), actual);
    }

    [Fact]
    public void The_hash_of_the_fixed_table_is_the_known_answer()
    {
        Assert.Equal(ExpectedHash, RouteTableHash.Compute(FixedTable()));
    }

    private static RouteTable FixedTable() => new()
    {
        Gateway = new NamespacedName { Namespace = "default", Name = "gw" },
        GatewayClass = "gitops-gateway",
        Listeners = [new Listener { Name = "http", Port = 8080, Protocol = ListenerProtocol.HTTP, Hostname = "*.example.com" }],
        HttpPorts =
        [
            new HttpPort
            {
                Port = 8080,
                Listeners =
                [
                    new HttpListenerRoutes
                    {
                        ListenerName = "http",
                        VirtualHosts =
                        [
                            new VirtualHost
                            {
                                Hostname = "app.example.com",
                                Rules =
                                [
                                    new HttpRouteRule
                                    {
                                        Provenance = new RuleProvenance
                                        {
                                            Kind = RouteKind.HTTPRoute, Namespace = "default", Name = "app", RuleIndex = 0,
                                        },
                                        Match = new HttpRouteMatch
                                        {
                                            Path = new PathMatch { Type = PathMatchType.PathPrefix, Value = "/api" },
                                            Headers = [new HeaderMatch { Name = "X-Canary", Value = "yes" }],
                                        },
                                        Backends =
                                        [
                                            new ClusterBackend { ClusterId = "default/app:80", Weight = 80 },
                                            new InvalidBackend { Weight = 20, Reason = "BackendNotFound" },
                                        ],
                                        Timeouts = new RouteTimeouts { Request = TimeSpan.FromSeconds(30) },
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
                Id = "default/app:80",
                Protocol = ClusterProtocol.Http1,
                Resolution = EndpointResolution.EndpointSlice,
                Endpoints = [new ClusterEndpoint { Address = "10.1.0.7", Port = 8080 }],
            },
        ],
    };
}
