using GitOpsGateway.Cli.Output;

namespace GitOpsGateway.Cli.Tests.Output;

public sealed class OutputFormatTests
{
    [Theory]
    [InlineData("table", nameof(OutputKind.Table))]
    [InlineData("wide", nameof(OutputKind.Wide))]
    [InlineData("json", nameof(OutputKind.Json))]
    [InlineData("yaml", nameof(OutputKind.Yaml))]
    [InlineData("markdown", nameof(OutputKind.Markdown))]
    [InlineData("jsonpath={.items[*].metadata.name}", nameof(OutputKind.JsonPath))]
    public void Parse_accepts_each_documented_format(string text, string kind)
    {
        var format = OutputFormat.Parse(text);

        Assert.Equal(kind, format.Kind.ToString());
        Assert.Equal(text, format.ToString());
    }

    [Theory]
    [InlineData("xml", "'xml' is not an output format; use table, wide, json, yaml, markdown or jsonpath=TEMPLATE.")]
    [InlineData("JSON", "'JSON' is not an output format")]
    [InlineData("jsonpath=", "needs a template")]
    [InlineData("jsonpath={.items[", "never closed")]
    public void Parse_refuses_anything_else_with_a_sentence_naming_the_choices_or_the_template_error(string text, string message)
    {
        var exception = Assert.Throws<FormatException>(() => OutputFormat.Parse(text));

        Assert.Contains(message, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_json_yaml_and_jsonpath_are_machine_readable()
    {
        Assert.False(OutputFormat.Parse("table").IsMachineReadable);
        Assert.False(OutputFormat.Parse("wide").IsMachineReadable);
        Assert.False(OutputFormat.Parse("markdown").IsMachineReadable);
        Assert.True(OutputFormat.Parse("json").IsMachineReadable);
        Assert.True(OutputFormat.Parse("yaml").IsMachineReadable);
        Assert.True(OutputFormat.Parse("jsonpath={.kind}").IsMachineReadable);
    }
}
