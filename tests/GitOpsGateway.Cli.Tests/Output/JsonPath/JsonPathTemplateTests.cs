using System.Text.Json.Nodes;
using GitOpsGateway.Cli.Output.JsonPath;

namespace GitOpsGateway.Cli.Tests.Output.JsonPath;

/// <summary>Each expectation is what <c>kubectl get -o jsonpath=...</c> prints for the same document.</summary>
public sealed class JsonPathTemplateTests
{
    private static readonly JsonNode Document = JsonNode.Parse("""
        {
          "apiVersion": "v1",
          "kind": "List",
          "items": [
            {
              "kind": "Gateway",
              "metadata": { "name": "prod", "namespace": "infra", "generation": 2,
                            "annotations": { "example.com/owner": "platform" } },
              "spec": { "listeners": [ { "name": "http", "port": 80 }, { "name": "https", "port": 443, "hostname": "*.example.com" } ] },
              "status": {
                "conditions": [
                  { "type": "Accepted", "status": "True", "reason": "Accepted" },
                  { "type": "Programmed", "status": "False", "reason": "Pending" }
                ],
                "listeners": [ { "name": "http", "attachedRoutes": 2 }, { "name": "https", "attachedRoutes": 0 } ]
              }
            },
            {
              "kind": "HTTPRoute",
              "metadata": { "name": "api", "namespace": "apps" },
              "status": { "parents": [ { "parentRef": { "name": "prod" }, "conditions": [ { "type": "Accepted", "status": "False", "reason": "NotAllowedByListeners" } ] } ] }
            },
            {
              "kind": "ReferenceGrant",
              "metadata": { "name": "grant", "namespace": "infra" },
              "enabled": true,
              "nothing": null,
              "html": "<a & b>"
            }
          ]
        }
        """)!;

    [Theory]
    [InlineData("{.kind}", "List")]
    [InlineData("{.items[*].metadata.name}", "prod api grant")]
    [InlineData("{.items[0].metadata.name}", "prod")]
    [InlineData("{.items[-1].metadata.name}", "grant")]
    [InlineData("{.items[0:2].metadata.name}", "prod api")]
    [InlineData("{.items[1:].metadata.name}", "api grant")]
    [InlineData("{.items[::2].metadata.name}", "prod grant")]
    [InlineData("{.items[0,2].metadata.name}", "prod grant")]
    [InlineData("{.items[0].metadata['name','namespace']}", "prod infra")]
    [InlineData("{.items[0].metadata['namespace']}", "infra")]
    [InlineData("{$.items[0].metadata.name}", "prod")]
    [InlineData("{@.items[1].metadata.name}", "api")]
    [InlineData("{.items[0].metadata.annotations.example\\.com/owner}", "platform")]
    [InlineData("{.items[0].metadata.generation}", "2")]
    [InlineData("{.items[2].enabled}", "true")]
    [InlineData("{.items[2].nothing}", "<nil>")]
    [InlineData("{.items[0].spec.listeners[*].port}", "80 443")]
    [InlineData("{.items[0].status.listeners[*].*}", "http 2 https 0")]
    [InlineData("{.items[*].status.conditions[*].type}", "Accepted Programmed")]
    [InlineData("{.items[0].no.such.field}", "")]
    [InlineData("{.items[*].status.parents[*].parentRef.name}", "prod")]
    [InlineData("{..attachedRoutes}", "2 0")]
    public void Path_prints_the_selected_values_separated_by_spaces(string template, string expected) =>
        Assert.Equal(expected, Render(template));

    [Theory]
    [InlineData("{.items[0].status.conditions[?(@.type==\"Accepted\")].status}", "True")]
    [InlineData("{.items[0].status.conditions[?(@.type=='Programmed')].reason}", "Pending")]
    [InlineData("{.items[0].status.conditions[?(@.status!=\"True\")].type}", "Programmed")]
    [InlineData("{.items[0].spec.listeners[?(@.port>80)].name}", "https")]
    [InlineData("{.items[0].spec.listeners[?(@.port<=80)].name}", "http")]
    [InlineData("{.items[0].spec.listeners[?(@.hostname)].name}", "https")]
    [InlineData("{.items[?(@.kind==\"HTTPRoute\")].metadata.name}", "api")]
    [InlineData("{.items[?(@.metadata.name=~\"^pr\")].kind}", "Gateway")]
    [InlineData("{.items[?(@.enabled==true)].metadata.name}", "grant")]
    [InlineData("{.items[0].status.listeners[?(@.attachedRoutes==2)].name}", "http")]
    [InlineData("{.items[0].status.listeners[?(@.attachedRoutes==\"2\")].name}", "")]
    [InlineData("{.items[*].status.parents[*].conditions[?(@.type==\"Accepted\")].reason}", "NotAllowedByListeners")]
    [InlineData("{.items[0].status.conditions[?(@.type==@.reason)].type}", "Accepted")]
    public void Filter_keeps_the_elements_for_which_the_condition_holds(string template, string expected) =>
        Assert.Equal(expected, Render(template));

    [Fact]
    public void Range_renders_its_body_once_per_value_with_that_value_as_the_current_one()
    {
        var rendered = Render("{range .items[*]}{.kind}/{.metadata.name}{\"\\n\"}{end}");

        Assert.Equal("Gateway/prod\nHTTPRoute/api\nReferenceGrant/grant\n", rendered);
    }

    [Fact]
    public void Nested_ranges_loop_inside_each_outer_value()
    {
        var rendered = Render("{range .items[0:2]}{.metadata.name}:{range .status.conditions[*]} {.type}={.status}{end};{end}");

        Assert.Equal("prod: Accepted=True Programmed=False;api:;", rendered);
    }

    [Fact]
    public void Range_left_open_runs_to_the_end_of_the_template_as_in_kubectl()
    {
        Assert.Equal("prod,api,grant,", Render("{range .items[*]}{.metadata.name},"));
    }

    [Fact]
    public void Literal_text_and_quoted_escapes_are_printed_as_written()
    {
        var rendered = Render("kind: {.kind}{\"\\t\"}first='{.items[0].metadata.name}'{'\\n'}");

        Assert.Equal("kind: List\tfirst='prod'\n", rendered);
    }

    [Fact]
    public void Objects_and_arrays_print_as_compact_json_with_sorted_keys_and_go_escaping()
    {
        Assert.Equal("""{"name":"http","port":80}""", Render("{.items[0].spec.listeners[0]}"));
        Assert.Equal("""[{"name":"http","port":80},{"hostname":"*.example.com","name":"https","port":443}]""", Render("{.items[0].spec.listeners}"));
        Assert.Equal("<a & b>", Render("{.items[2].html}"));
        Assert.Equal("""{"html":"\u003ca \u0026 b\u003e"}""", CompactJson.Write(new JsonObject { ["html"] = "<a & b>" }));
    }

    [Fact]
    public void A_template_without_actions_is_printed_unchanged()
    {
        Assert.Equal("plain text", Render("plain text"));
    }

    [Theory]
    [InlineData("{.items[7]}", "array index out of bounds: index 7, length 3")]
    [InlineData("{.items[-4]}", "array index out of bounds: index -1, length 3")]
    [InlineData("{.items[0].metadata[0]}", "an object is not an array")]
    [InlineData("{.kind[?(@.a)]}", "a string is not an array, so it cannot be filtered")]
    public void Applying_an_impossible_path_fails_with_kubectls_reason(string template, string reason)
    {
        var exception = Assert.Throws<JsonPathException>(() => Render(template));
        Assert.Contains(reason, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{.items[0]", "never closed")]
    [InlineData("{end}", "no {range} to close")]
    [InlineData("{}", "is empty")]
    [InlineData("{range }", "names no path")]
    [InlineData("{.items[a]}", "[a] is not an index")]
    [InlineData("{.items[]}", "[] is not an index")]
    [InlineData("{.items[?(@.a==\"b\")}", "must end with ')]'")]
    [InlineData("{.items[?(@.a<>1)]}", "'<>' is not one of")]
    [InlineData("{.items[?(@.a==)]}", "needs a value on each side")]
    [InlineData("{.items[0}", "'[' is never closed")]
    [InlineData("{\"\\q\"}", "not a known escape")]
    [InlineData("{.a b}", "unexpected 'b'")]
    public void A_malformed_template_is_refused_when_parsed(string template, string reason)
    {
        var exception = Assert.Throws<JsonPathException>(() => JsonPathTemplate.Parse(template));

        Assert.Contains(reason, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Braces_and_quotes_inside_quoted_strings_do_not_end_the_action()
    {
        var document = JsonNode.Parse("""{"items":[{"name":"a}b","v":1},{"name":"c","v":2}]}""");

        Assert.Equal("1", JsonPathTemplate.Parse("{.items[?(@.name==\"a}b\")].v}").Render(document));
        Assert.Equal("}{", JsonPathTemplate.Parse("{\"}{\"}").Render(document));
    }

    private static string Render(string template) => JsonPathTemplate.Parse(template).Render(Document);
}
