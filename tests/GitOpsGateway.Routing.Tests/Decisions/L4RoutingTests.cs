using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Listeners;
using GitOpsGateway.Routing.Decisions;
using static GitOpsGateway.Routing.Tests.Ir;

namespace GitOpsGateway.Routing.Tests.Decisions;

public sealed class L4RoutingTests
{
    private static readonly CompiledRouter Router = CompiledRouter.Build(Table(
        [
            Passthrough("tls-any", 8443),
            Passthrough("tls-example", 8443, "*.example.com"),
            Passthrough("tls-quiet", 8443, "quiet.example.com"),
            Stream("postgres", 5432, ListenerProtocol.TCP),
            Stream("dns", 53, ListenerProtocol.UDP),
            Stream("dns-tcp", 53, ListenerProtocol.TCP),
        ],
        l4Routes:
        [
            L4("tls-any", "fallback", RouteKind.TLSRoute),
            L4("tls-example", "vault", RouteKind.TLSRoute, "vault.example.com", "secrets.example.com"),
            L4("tls-example", "wild", RouteKind.TLSRoute, "*.example.com"),
            L4("postgres", "db", RouteKind.TCPRoute),
            L4("dns", "dns-udp", RouteKind.UDPRoute),
            L4("dns-tcp", "dns-tcp", RouteKind.TCPRoute),
        ]));

    [Theory]
    [InlineData("vault.example.com", "vault")]
    [InlineData("SECRETS.example.com", "vault")]
    [InlineData("other.example.com", "wild")]
    [InlineData("example.org", "fallback")]
    [InlineData(null, "fallback")]
    [InlineData("quiet.example.com", null)]
    public void Tls_passthrough_picks_the_listener_then_the_route_by_sni(string? serverName, string? expected)
    {
        var request = new RouteRequest { Port = 8443, Scheme = RequestScheme.Tls, ServerName = serverName };

        var decision = Router.Route(in request);

        Assert.Equal(expected, (decision as L4Forward)?.Route.Name);
        if (expected is null)
        {
            Assert.IsType<NotFound>(decision);
        }
    }

    [Theory]
    [InlineData(RequestScheme.Tcp, 5432, "db")]
    [InlineData(RequestScheme.Udp, 53, "dns-udp")]
    [InlineData(RequestScheme.Tcp, 53, "dns-tcp")]
    [InlineData(RequestScheme.Udp, 5432, null)]
    [InlineData(RequestScheme.Tcp, 8443, null)]
    public void Tcp_and_udp_pick_the_route_of_the_port_and_protocol(RequestScheme scheme, int port, string? expected)
    {
        var request = new RouteRequest { Port = port, Scheme = scheme };

        Assert.Equal(expected, (Router.Route(in request) as L4Forward)?.Route.Name);
    }

    [Fact]
    public void An_l4_forward_carries_the_weighted_backends_and_listener()
    {
        var request = new RouteRequest { Port = 5432, Scheme = RequestScheme.Tcp };

        var forward = Router.As<L4Forward>(request);

        Assert.Equal("postgres", forward.ListenerName);
        Assert.Equal("apps/db:9000", Assert.IsType<RouteTables.Backends.ClusterBackend>(Assert.Single(forward.Backends)).ClusterId);
    }
}
