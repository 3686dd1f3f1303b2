using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GitOpsGateway.Cli.Output.JsonPath;

/// <summary>
/// How kubectl prints one selected value: strings without quotes, numbers and booleans as written, null as
/// <c>&lt;nil&gt;</c>, objects and arrays as compact JSON with sorted keys (Go's <c>json.Marshal</c> of a map).
/// </summary>
internal static class ValueText
{
    public static void Append(JsonNode? value, StringBuilder output)
    {
        switch (value)
        {
            case null:
                output.Append("<nil>");
                break;
            case JsonObject or JsonArray:
                CompactJson.Append(value, output);
                break;
            default:
                output.Append(value.GetValueKind() switch
                {
                    JsonValueKind.String => value.GetValue<string>(),
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    JsonValueKind.Null => "<nil>",
                    _ => value.ToJsonString(),
                });
                break;
        }
    }
}
