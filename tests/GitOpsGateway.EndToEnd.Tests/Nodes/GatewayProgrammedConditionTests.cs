using System.Text.Json.Nodes;
using GitOpsGateway.ControlPlane.Nodes;
using GitOpsGateway.NodeFeed.Protocol;

namespace GitOpsGateway.EndToEnd.Tests.Nodes;

public sealed class GatewayProgrammedConditionTests
{
    private const string Pending = """
        {"conditions":[{"type":"Accepted","status":"True","reason":"Accepted","message":"ok","observedGeneration":1},
        {"type":"Programmed","status":"False","reason":"Pending","message":"Waiting for data-plane nodes to apply the route table.","observedGeneration":1}]}
        """;

    [Fact]
    public void one_node_on_the_version_makes_the_gateway_programmed_and_says_how_many_of_how_many()
    {
        var status = Apply(Pending, version: 5, Report("a", 5), Report("b", 4), Report("c", 5, gateway: "infra/other"));

        var programmed = Programmed(status);
        Assert.Equal("True", (string?)programmed["status"]);
        Assert.Equal("Programmed", (string?)programmed["reason"]);
        Assert.Equal("1 of 2 nodes run version 5.", (string?)programmed["message"]);
        Assert.Equal(1, (int?)programmed["observedGeneration"]);
    }

    [Fact]
    public void no_node_on_the_version_keeps_it_pending_and_says_so()
    {
        Assert.Equal("0 of 1 nodes run version 5.", (string?)Programmed(Apply(Pending, version: 5, Report("a", 4)))["message"]);
        Assert.Equal("False", (string?)Programmed(Apply(Pending, version: 5))["status"]);
    }

    [Fact]
    public void a_gateway_the_compiler_refused_keeps_its_invalid_condition_and_other_kinds_are_untouched()
    {
        var invalid = Pending.Replace("\"Pending\"", "\"Invalid\"", StringComparison.Ordinal);

        Assert.Equal(invalid, GatewayProgrammedCondition.Apply("Gateway", "infra", "edge", invalid, 5, Listing(Report("a", 5))));
        Assert.Equal(Pending, GatewayProgrammedCondition.Apply("HTTPRoute", "infra", "edge", Pending, 5, Listing(Report("a", 5))));
    }

    private static JsonObject Apply(string status, long version, params NodeReport[] reports) =>
        JsonNode.Parse(GatewayProgrammedCondition.Apply("Gateway", "infra", "edge", status, version, Listing(reports)))!.AsObject();

    private static JsonNode Programmed(JsonObject status) =>
        status["conditions"]!.AsArray().Single(condition => (string?)condition!["type"] == "Programmed")!;

    private static NodeReport Report(string node, long version, string gateway = "infra/edge") =>
        new() { Node = node, Gateway = gateway, Version = version, Hash = "h" + version };

    private static NodeListing Listing(params NodeReport[] reports) => new()
    {
        Gateways = [],
        Nodes = [.. reports.Select(report => new NodeState { Report = report, Connected = true, RunsActiveVersion = false })],
    };
}
