using System.Text;
using System.Text.Json.Nodes;

namespace GitOpsGateway.Cli.Output.JsonPath;

/// <summary><c>{range .path}...{end}</c>: the body rendered once per selected value, with that value as the current one.</summary>
internal sealed record RangeSegment(PathExpression Path, IReadOnlyList<TemplateSegment> Body) : TemplateSegment
{
    public override void Render(JsonNode? current, StringBuilder output)
    {
        foreach (var value in Path.Evaluate(current))
        {
            foreach (var segment in Body)
            {
                segment.Render(value, output);
            }
        }
    }
}
