using System.Text.Json.Nodes;

namespace GitOpsGateway.Cli.Output.JsonPath;

/// <summary>The right-hand side of a filter comparison: a literal, or a path evaluated on the element.</summary>
internal abstract record FilterOperand
{
    public abstract IReadOnlyList<JsonNode?> Evaluate(JsonNode? element);
}
