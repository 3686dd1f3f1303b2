using System.Text;
using System.Text.Json.Nodes;

namespace GitOpsGateway.Cli.Output.JsonPath;

/// <summary>Text outside the braces, or a quoted string action such as <c>{"\n"}</c>: printed as it is.</summary>
internal sealed record TextSegment(string Text) : TemplateSegment
{
    public override void Render(JsonNode? current, StringBuilder output) => output.Append(Text);
}
