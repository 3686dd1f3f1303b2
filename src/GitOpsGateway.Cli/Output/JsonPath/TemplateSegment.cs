using System.Text;
using System.Text.Json.Nodes;

namespace GitOpsGateway.Cli.Output.JsonPath;

/// <summary>A piece of a template: literal text, a printed path, or a range loop.</summary>
internal abstract record TemplateSegment
{
    public abstract void Render(JsonNode? current, StringBuilder output);
}
