using System.Text;
using System.Text.Json.Nodes;

namespace GitOpsGateway.Cli.Output.JsonPath;

/// <summary><c>{.path}</c>: every value the path selects, separated by single spaces; nothing when it selects nothing.</summary>
internal sealed record PrintSegment(PathExpression Path) : TemplateSegment
{
    public override void Render(JsonNode? current, StringBuilder output)
    {
        var values = Path.Evaluate(current);
        for (var index = 0; index < values.Count; index++)
        {
            if (index > 0)
            {
                output.Append(' ');
            }

            ValueText.Append(values[index], output);
        }
    }
}
