using GitOpsGateway.Cli.Output.JsonPath;

namespace GitOpsGateway.Cli.Output;

/// <summary>What <c>-o|--output</c> asked for: <c>table</c> (default), <c>wide</c>, <c>json</c>, <c>yaml</c>, <c>markdown</c> or <c>jsonpath=TEMPLATE</c>.</summary>
internal sealed record OutputFormat(OutputKind Kind, JsonPathTemplate? Template = null)
{
    public const string Choices = "table, wide, json, yaml, markdown or jsonpath=TEMPLATE";

    private const string JsonPathPrefix = "jsonpath=";

    public static OutputFormat Table { get; } = new(OutputKind.Table);

    /// <summary>True for the formats meant for programs, which must find nothing but the document on stdout.</summary>
    public bool IsMachineReadable => Kind is OutputKind.Json or OutputKind.Yaml or OutputKind.JsonPath;

    /// <exception cref="FormatException">Not one of the formats, or a template that does not parse.</exception>
    public static OutputFormat Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.StartsWith(JsonPathPrefix, StringComparison.Ordinal))
        {
            var template = text[JsonPathPrefix.Length..];
            if (template.Length == 0)
            {
                throw new FormatException("-o jsonpath= needs a template, for example jsonpath='{.items[*].metadata.name}'.");
            }

            try
            {
                return new OutputFormat(OutputKind.JsonPath, JsonPathTemplate.Parse(template));
            }
            catch (JsonPathException exception)
            {
                throw new FormatException(exception.Message, exception);
            }
        }

        return text switch
        {
            "table" => Table,
            "wide" => new OutputFormat(OutputKind.Wide),
            "json" => new OutputFormat(OutputKind.Json),
            "yaml" => new OutputFormat(OutputKind.Yaml),
            "markdown" => new OutputFormat(OutputKind.Markdown),
            _ => throw new FormatException($"'{text}' is not an output format; use {Choices}."),
        };
    }

    public override string ToString() => Kind switch
    {
        OutputKind.JsonPath => JsonPathPrefix + Template,
        _ => Kind.ToString().ToLowerInvariant(),
    };
}
