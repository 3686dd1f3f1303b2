using System.Text.Json.Nodes;
using GitOpsGateway.Cli.Output;

namespace GitOpsGateway.Cli.Tests.Output;

public sealed class DocumentWriterTests
{
    private static readonly string[] TrickyStrings =
    [
        "True", "false", "yes", "no", "on", "off", "y", "n", "null", "Null", "~", string.Empty, "80", "-1", "1.5", "1e3", "0x1F", "0o17", "1234e56", "+12", ".5", "1.",
        ".inf", "2026-11-26T12:30:45Z", "2026-11-26", " leading", "trailing ", "#comment", "a: b", "- item", "*.example.com", "&anchor",
        "!tag", "@at", "`tick", "'single'", "\"double\"", "multi\nline\n", "tab\there", "ünïcödé ✓", "{flow}", "[seq]", "%percent", "a  b",
        new string('x', 200) + " " + new string('y', 200),
    ];

    [Fact]
    public void Yaml_reads_back_as_the_same_document_even_for_strings_that_look_like_other_types()
    {
        var document = new JsonObject
        {
            ["strings"] = new JsonArray([.. TrickyStrings.Select(text => (JsonNode)JsonValue.Create(text))]),
            ["keyed"] = new JsonObject { ["80"] = "port", ["true"] = "bool", ["y"] = "yes-key" },
            ["numbers"] = new JsonArray(1, -2, 1.5, 1234567890123),
            ["flags"] = new JsonArray(true, false),
            ["nothing"] = null,
            ["empty"] = new JsonObject(),
            ["none"] = new JsonArray(),
        };

        var readBack = YamlToJson.Read(WriteYaml(document));

        Assert.True(JsonNode.DeepEquals(document, readBack), $"Read back:\n{readBack}");
    }

    [Fact]
    public void Yaml_keeps_keys_in_document_order_and_writes_timestamps_quoted_like_kubectl()
    {
        var document = new JsonObject { ["zeta"] = 1, ["alpha"] = 2, ["lastTransitionTime"] = "2026-11-26T12:30:45Z", ["status"] = "True" };

        var yaml = WriteYaml(document);

        Assert.Equal("zeta: 1\nalpha: 2\nlastTransitionTime: \"2026-11-26T12:30:45Z\"\nstatus: \"True\"\n", yaml.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Yaml_writes_lists_of_objects_unindented_under_their_key_like_kubectl()
    {
        var document = new JsonObject { ["items"] = new JsonArray(new JsonObject { ["kind"] = "Gateway", ["name"] = "prod" }) };

        Assert.Equal("items:\n- kind: Gateway\n  name: prod\n", WriteYaml(document).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Json_is_indented_by_four_spaces_in_document_order_without_needless_escapes()
    {
        var document = new JsonObject { ["b"] = "<ünï & cödé>", ["a"] = new JsonArray(1) };
        using var writer = new StringWriter();

        JsonOutputWriter.Write(writer, document);

        Assert.Equal("{\n    \"b\": \"<ünï & cödé>\",\n    \"a\": [\n        1\n    ]\n}\n", writer.ToString().ReplaceLineEndings("\n"));
    }

    private static string WriteYaml(JsonNode document)
    {
        using var writer = new StringWriter();
        YamlOutputWriter.Write(writer, document);
        return writer.ToString();
    }
}
