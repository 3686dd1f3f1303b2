using GitOpsGateway.RouteTables.Backends;
using GitOpsGateway.RouteTables.Filters;
using GitOpsGateway.RouteTables.Http;
using GitOpsGateway.RouteTables.Listeners;

namespace GitOpsGateway.RouteTables.Tests;

public sealed class RouteTableEqualityTests
{
    [Fact]
    public void Two_tables_built_separately_from_the_same_facts_are_equal()
    {
        var left = SampleTables.Full();
        var right = SampleTables.Full();

        Assert.NotSame(left, right);
        Assert.Equal(left, right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Fact]
    public void A_weight_changed_deep_inside_makes_the_tables_different()
    {
        var table = SampleTables.Full();
        var host = table.HttpPorts[0].Listeners[0].VirtualHosts[1];
        var rule = host.Rules[0];
        var changedRule = rule with { Backends = [((ClusterBackend)rule.Backends[0]) with { Weight = 89 }, .. rule.Backends.Skip(1)] };

        var changed = ReplaceRule(table, hostIndex: 1, changedRule);

        Assert.NotEqual(table, changed);
        Assert.Equal(table, ReplaceRule(changed, hostIndex: 1, rule));
    }

    [Fact]
    public void Request_and_response_header_modifiers_with_the_same_headers_are_different_filters()
    {
        HttpFilter request = new RequestHeaderModifierFilter { Remove = ["x-a"] };
        HttpFilter response = new ResponseHeaderModifierFilter { Remove = ["x-a"] };

        Assert.NotEqual(request, response);
        Assert.Equal(request, new RequestHeaderModifierFilter { Remove = ["x-a"] });
    }

    [Fact]
    public void Header_match_names_are_stored_in_lower_case()
    {
        var match = new HeaderMatch { Name = "X-Canary", Value = "Yes" };

        Assert.Equal("x-canary", match.Name);
        Assert.Equal("Yes", match.Value);
    }

    [Fact]
    public void Certificate_expiry_instants_are_equal_whatever_offset_they_were_given_in()
    {
        var instant = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var inUtc = Facts(instant);
        var inParis = Facts(instant.ToOffset(TimeSpan.FromHours(1)));

        Assert.Equal(inUtc, inParis);
        Assert.Equal(TimeSpan.Zero, inParis.NotAfter.Offset);
    }

    private static CertificateFacts Facts(DateTimeOffset notAfter) => new()
    {
        Subject = "CN=a",
        NotAfter = notAfter,
        Sha256Fingerprint = "00",
    };

    private static RouteTable ReplaceRule(RouteTable table, int hostIndex, HttpRouteRule rule)
    {
        var port = table.HttpPorts[0];
        var listener = port.Listeners[0];
        var host = listener.VirtualHosts[hostIndex];
        var newHost = host with { Rules = [rule, .. host.Rules.Skip(1)] };
        var hosts = listener.VirtualHosts.Select((existing, index) => index == hostIndex ? newHost : existing).ToEquatableArray();
        return table with
        {
            HttpPorts = [port with { Listeners = [listener with { VirtualHosts = hosts }] }, .. table.HttpPorts.Skip(1)],
        };
    }
}
