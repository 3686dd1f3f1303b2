using System.Text.Json;
using GitOpsGateway.RouteTables.Backends;
using GitOpsGateway.RouteTables.Filters;
using GitOpsGateway.RouteTables.Serialization;

namespace GitOpsGateway.RouteTables.Tests.Serialization;

/// <summary>Hand-written IR must fail loudly on mistakes, and be pleasant to write when correct.</summary>
public sealed class FromJsonTests
{
    private const string Header = """{"gateway": {"namespace": "default", "name": "gw"}, "gatewayClass": "gg", """;

    [Fact]
    public void Comments_trailing_commas_and_a_late_type_discriminator_are_accepted()
    {
        var table = RouteTableSerializer.FromJson(Header + """
            // the rule below is the only one
            "httpPorts": [{"port": 80, "listeners": [{"listenerName": "http", "virtualHosts": [{"hostname": "*", "rules": [{
              "provenance": {"kind": "HTTPRoute", "namespace": "default", "name": "web", "ruleIndex": 0},
              "match": {"path": {"type": "PathPrefix", "value": "/"}},
              "filters": [{"remove": ["x-debug"], "type": "RequestHeaderModifier"}],
              "backends": [{"clusterId": "default/web:80", "weight": 1, "type": "Cluster",},],
              "timeouts": {"request": "PT1M"},
            }]}]}]}],
            }
            """);

        var rule = table.HttpPorts[0].Listeners[0].VirtualHosts[0].Rules[0];
        Assert.Equal(new RequestHeaderModifierFilter { Remove = ["x-debug"] }, rule.Filters[0]);
        Assert.Equal(new ClusterBackend { ClusterId = "default/web:80", Weight = 1 }, rule.Backends[0]);
        Assert.Equal(TimeSpan.FromMinutes(1), rule.Timeouts?.Request);
        Assert.Equal(0, rule.Provenance.MatchIndex);
    }

    [Theory]
    [InlineData("unknown property", "'gatewayClas': 'typo', ")]
    [InlineData("null where a value is required", "'listeners': [{'name': null, 'port': 80, 'protocol': 'HTTP'}], ")]
    [InlineData("null item in a list", "'listeners': [null], ")]
    [InlineData("enum value that does not exist", "'listeners': [{'name': 'a', 'port': 80, 'protocol': 'HTTP3'}], ")]
    [InlineData("unknown filter type", "'httpPorts': [{'port': 80, 'listeners': [{'listenerName': 'a', 'virtualHosts': [{'hostname': '*', 'rules': [{'provenance': {'kind': 'HTTPRoute', 'namespace': 'a', 'name': 'b', 'ruleIndex': 0}, 'match': {'path': {'type': 'Exact', 'value': '/'}}, 'filters': [{'type': 'ExtensionRef'}]}]}]}]}], ")]
    [InlineData("duration that is not ISO 8601", "'httpPorts': [{'port': 80, 'listeners': [{'listenerName': 'a', 'virtualHosts': [{'hostname': '*', 'rules': [{'provenance': {'kind': 'HTTPRoute', 'namespace': 'a', 'name': 'b', 'ruleIndex': 0}, 'match': {'path': {'type': 'Exact', 'value': '/'}}, 'timeouts': {'request': '10s'}}]}]}]}], ")]
    [InlineData("list given as an object", "'clusters': {'id': 'x'}, ")]
    public void Invalid_json_is_refused_with_a_json_exception(string mistake, string membersInSingleQuotes)
    {
        var json = Header + membersInSingleQuotes.Replace('\'', '"').TrimEnd(' ', ',') + "}";

        // Well-formed JSON and a valid table without the mistake: the refusal is about the mistake itself.
        using (JsonDocument.Parse(json))
        {
            Assert.Equal(SampleTables.Minimal(), RouteTableSerializer.FromJson(Header.TrimEnd(' ', ',') + "}"));
        }

        var exception = Record.Exception(() => { _ = RouteTableSerializer.FromJson(json); });

        Assert.True(exception is JsonException, $"{mistake}: expected a JsonException, got {exception?.GetType().Name ?? "none"}");
    }

    [Fact]
    public void A_missing_required_property_is_refused()
    {
        Assert.Throws<JsonException>(() => RouteTableSerializer.FromJson("""{"gatewayClass": "gg"}"""));
    }

    [Fact]
    public void A_json_null_document_is_refused()
    {
        Assert.Throws<JsonException>(() => RouteTableSerializer.FromJson("null"));
    }
}
