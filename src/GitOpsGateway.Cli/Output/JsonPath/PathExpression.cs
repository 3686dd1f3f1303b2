using System.Text.Json.Nodes;

namespace GitOpsGateway.Cli.Output.JsonPath;

/// <summary>A parsed path such as <c>.items[*].metadata.name</c>: its steps, applied left to right.</summary>
internal sealed record PathExpression(IReadOnlyList<PathStep> Steps, string Text)
{
    public IReadOnlyList<JsonNode?> Evaluate(JsonNode? current) => Evaluate([current]);

    public IReadOnlyList<JsonNode?> Evaluate(IReadOnlyList<JsonNode?> values)
    {
        foreach (var step in Steps)
        {
            if (values.Count == 0)
            {
                break;
            }

            values = step.Apply(values);
        }

        return values;
    }

    public override string ToString() => Text;
}
