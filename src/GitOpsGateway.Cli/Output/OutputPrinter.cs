using GitOpsGateway.Cli.Output.JsonPath;

namespace GitOpsGateway.Cli.Output;

/// <summary>Writes a command's output in the format <c>-o</c> chose.</summary>
internal static class OutputPrinter
{
    /// <exception cref="JsonPathException">The jsonpath template cannot be applied to this document.</exception>
    public static void Print(TextWriter writer, CommandOutput output, OutputFormat format)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(format);
        switch (format.Kind)
        {
            case OutputKind.Table or OutputKind.Wide:
                TableWriter.Write(writer, output.Table, wide: format.Kind == OutputKind.Wide);
                break;
            case OutputKind.Json:
                JsonOutputWriter.Write(writer, output.Document);
                break;
            case OutputKind.Yaml:
                YamlOutputWriter.Write(writer, output.Document);
                break;
            case OutputKind.JsonPath:
                // kubectl prints exactly what the template produces, with no newline of its own.
                writer.Write(format.Template!.Render(output.Document));
                break;
            case OutputKind.Markdown:
                writer.Write(output.Markdown ?? MarkdownTableWriter.Write(output.Table));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown output format.");
        }
    }
}
