using System.Text.Json.Nodes;

namespace GitOpsGateway.Cli.Output.JsonPath;

/// <summary>A path such as <c>@.spec.port</c>, evaluated on the element being filtered.</summary>
internal sealed record PathOperand(PathExpression Path) : FilterOperand
{
    public override IReadOnlyList<JsonNode?> Evaluate(JsonNode? element) => Path.Evaluate(element);
}
