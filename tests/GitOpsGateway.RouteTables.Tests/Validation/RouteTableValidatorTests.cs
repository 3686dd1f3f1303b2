using GitOpsGateway.RouteTables.Backends;
using GitOpsGateway.RouteTables.Filters;
using GitOpsGateway.RouteTables.Http;
using GitOpsGateway.RouteTables.Listeners;
using GitOpsGateway.RouteTables.Tests.Diffing;
using GitOpsGateway.RouteTables.Validation;

namespace GitOpsGateway.RouteTables.Tests.Validation;

public sealed class RouteTableValidatorTests
{
    [Fact]
    public void The_full_sample_table_is_valid()
    {
        Assert.Empty(RouteTableValidator.Validate(SampleTables.Full()));
    }

    [Fact]
    public void Every_problem_is_reported_with_where_it_is()
    {
        var table = SampleTables.Full()
            .MapRules("echo", rule => rule with
            {
                Match = rule.Match with { Path = new PathMatch { Type = PathMatchType.RegularExpression, Value = "/(" } },
                Filters = [new RequestMirrorFilter { ClusterId = "shop/missing:80" }],
                Backends = [new ClusterBackend { ClusterId = "shop/gone:80", Weight = -1 }],
            });
        table = table with
        {
            Listeners = [.. table.Listeners.Select(listener => listener.Name == "https" ? listener with { Tls = null } : listener)],
            L4Routes = [.. table.L4Routes, table.L4Routes[0] with { Provenance = SampleTables.Provenance("second", kind: RouteKind.TCPRoute) }],
        };

        var errors = RouteTableValidator.Validate(table);

        Assert.Equal(
            [
                "listeners[https]: a HTTPS listener needs TLS mode Terminate, found none",
                "httpPorts[80].listeners[http].virtualHosts[*].rules[0]: backend weight -1 is negative",
                "httpPorts[80].listeners[http].virtualHosts[*].rules[0]: backend cluster 'shop/gone:80' is not in the table",
                "httpPorts[80].listeners[http].virtualHosts[*].rules[0]: '/(' is not a valid regular expression",
                "httpPorts[80].listeners[http].virtualHosts[*].rules[0]: mirror cluster 'shop/missing:80' is not in the table",
                "l4Routes[postgres TCPRoute shop/second rule 0 match 0]: 'postgres' is already served by another route",
            ],
            errors.Select(WithoutRuntimeMessage));
    }

    [Fact]
    public void Routes_must_name_listeners_of_a_fitting_protocol_and_port()
    {
        var table = SampleTables.Full() with
        {
            Listeners = [.. SampleTables.Full().Listeners, new Listener { Name = "raw", Port = 80, Protocol = ListenerProtocol.TCP }],
            HttpPorts =
            [
                .. SampleTables.Full().HttpPorts,
                new HttpPort
                {
                    Port = 81,
                    Listeners = [new HttpListenerRoutes { ListenerName = "raw" }, new HttpListenerRoutes { ListenerName = "nope" }],
                },
            ],
            L4Routes =
            [
                new() { ListenerName = "http", Provenance = SampleTables.Provenance("x", kind: RouteKind.TCPRoute) },
                new()
                {
                    ListenerName = "raw",
                    Provenance = SampleTables.Provenance("y", kind: RouteKind.TCPRoute),
                    Hostnames = ["a.example.com"],
                },
            ],
        };

        var errors = RouteTableValidator.Validate(table);

        Assert.Equal(
            [
                "httpPorts[81].listeners[nope]: listener 'nope' is not in the table",
                "httpPorts[81].listeners[raw]: listener 'raw' is TCP on port 80",
                "l4Routes[http TCPRoute shop/x rule 0 match 0]: a TCPRoute cannot serve HTTP listener 'http'",
                "l4Routes[raw TCPRoute shop/y rule 0 match 0]: only TLS routes have hostnames",
            ],
            errors);
    }

    [Fact]
    public void Prefix_replacement_without_the_matched_prefix_is_refused()
    {
        var table = SampleTables.Full().MapRules("echo", rule => rule with
        {
            Filters = [new UrlRewriteFilter { Path = new PathModifier { Type = PathModifierType.ReplacePrefixMatch, Value = "/x" } }],
        });

        var error = Assert.Single(RouteTableValidator.Validate(table));

        Assert.EndsWith("ReplacePrefixMatch needs the matched prefix", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_rule_written_once_under_its_own_hostname_with_fall_through_hosts_is_valid()
    {
        var host = (string hostname, string route) => new VirtualHost { Hostname = hostname, Rules = [SampleTables.PrefixRule(route, "/", SampleTables.To("shop/echo:8080"))] };
        var table = SampleTables.Full() with
        {
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
                            VirtualHosts = [host("a.b.example.com", "exact"), host("*.b.example.com", "deep"), host("*.example.com", "wide"), host("*", "any")],
                        },
                    ],
                },
            ],
        };

        Assert.Empty(RouteTableValidator.Validate(table));
    }

    [Theory]
    [InlineData("Shop.example.com")]
    [InlineData("")]
    [InlineData("*example.com")]
    [InlineData("a.*.example.com")]
    [InlineData("*.")]
    [InlineData("shop..example.com")]
    [InlineData("-shop.example.com")]
    [InlineData("shop.example.com.")]
    [InlineData("**")]
    public void A_virtual_host_hostname_that_is_not_a_lower_case_name_or_wildcard_is_refused(string hostname)
    {
        var error = Assert.Single(RouteTableValidator.Validate(WithHttpsHost(SampleTables.Full(), hostname, listenerHostname: null)));

        Assert.Equal($"httpPorts[443].listeners[https].virtualHosts[{hostname}]: '{hostname}' is not a lower-case hostname, a wildcard such as '*.example.com' or '*'", error);
    }

    [Theory]
    [InlineData("a.example.com", "a.example.com", true)]
    [InlineData("a.example.com", "*.example.com", true)]
    [InlineData("a.example.com", "*", true)]
    [InlineData("*.example.com", "x.y.example.com", true)]
    [InlineData("*.example.com", "*.y.example.com", true)]
    [InlineData("*.example.com", "*", true)]
    [InlineData("*.example.com", "example.com", false)]
    [InlineData("*.example.com", "a.example.org", false)]
    [InlineData("a.example.com", "b.example.com", false)]
    [InlineData("a.example.com", "*.a.example.com", false)]
    public void A_virtual_host_no_request_to_its_listener_can_reach_is_refused(string listenerHostname, string hostname, bool reachable)
    {
        var errors = RouteTableValidator.Validate(WithHttpsHost(SampleTables.Full(), hostname, listenerHostname));

        Assert.Equal(
            reachable ? [] : [$"httpPorts[443].listeners[https].virtualHosts[{hostname}]: no request to listener 'https' ({listenerHostname}) can reach this host"],
            errors);
    }

    private static RouteTable WithHttpsHost(RouteTable table, string hostname, string? listenerHostname) => table with
    {
        Listeners = [.. table.Listeners.Select(listener => listener.Name == "https" ? listener with { Hostname = listenerHostname } : listener)],
        HttpPorts =
        [
            .. table.HttpPorts.Select(port => port.Port != 443 ? port : port with
            {
                Listeners = [new HttpListenerRoutes { ListenerName = "https", VirtualHosts = [new VirtualHost { Hostname = hostname }] }],
            }),
        ],
    };

    // The regular expression engine's own explanation follows in parentheses; its wording is the runtime's.
    private static string WithoutRuntimeMessage(string error) =>
        error.Contains("regular expression (", StringComparison.Ordinal) ? error[..error.LastIndexOf(" (", StringComparison.Ordinal)] : error;
}
