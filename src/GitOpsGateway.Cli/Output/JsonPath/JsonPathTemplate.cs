using System.Text;
using System.Text.Json.Nodes;

namespace GitOpsGateway.Cli.Output.JsonPath;

/// <summary>
/// The kubectl-compatible JSONPath template behind <c>-o jsonpath=TEMPLATE</c>: literal text plus
/// <c>{.a.b}</c>, <c>{.items[*].metadata.name}</c>, <c>{.items[0]}</c>, filters <c>[?(@.type=="Accepted")]</c>,
/// <c>{range .items[*]}...{end}</c> and quoted text <c>{"\n"}</c>. Missing fields print nothing, as kubectl's
/// default <c>--allow-missing-template-keys</c> does.
/// </summary>
internal sealed record JsonPathTemplate
{
    private JsonPathTemplate(string text, IReadOnlyList<TemplateSegment> segments)
    {
        Text = text;
        Segments = segments;
    }

    public string Text { get; }

    public IReadOnlyList<TemplateSegment> Segments { get; }

    /// <exception cref="JsonPathException">The template does not parse.</exception>
    public static JsonPathTemplate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new JsonPathTemplate(text, TemplateParser.Parse(text));
    }

    /// <exception cref="JsonPathException">The template cannot be applied (an index out of range, a filter on a non-array).</exception>
    public string Render(JsonNode? document)
    {
        var output = new StringBuilder();
        foreach (var segment in Segments)
        {
            segment.Render(document, output);
        }

        return output.ToString();
    }

    public override string ToString() => Text;
}
