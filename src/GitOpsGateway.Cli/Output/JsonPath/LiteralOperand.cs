using System.Text.Json.Nodes;

namespace GitOpsGateway.Cli.Output.JsonPath;

/// <summary>A quoted string, a number, <c>true</c> or <c>false</c> written in the filter.</summary>
internal sealed record LiteralOperand(JsonValue Value) : FilterOperand
{
    public override IReadOnlyList<JsonNode?> Evaluate(JsonNode? element) => [Value];
}
