using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GitOpsGateway.Cli.Output.JsonPath;

/// <summary>
/// JSON as Go's <c>encoding/json</c> writes a decoded Kubernetes object: no spaces, object keys sorted, and
/// <c>&lt; &gt; &amp;</c>, U+2028 and U+2029 escaped; other non-ASCII text is written as is.
/// </summary>
internal static class CompactJson
{
    public static string Write(JsonNode? value)
    {
        var output = new StringBuilder();
        Append(value, output);
        return output.ToString();
    }

    public static void Append(JsonNode? value, StringBuilder output)
    {
        switch (value)
        {
            case null:
                output.Append("null");
                break;
            case JsonObject members:
                output.Append('{');
                var first = true;
                foreach (var member in members.OrderBy(member => member.Key, StringComparer.Ordinal))
                {
                    output.Append(first ? string.Empty : ",");
                    first = false;
                    AppendString(member.Key, output);
                    output.Append(':');
                    Append(member.Value, output);
                }

                output.Append('}');
                break;
            case JsonArray elements:
                output.Append('[');
                for (var index = 0; index < elements.Count; index++)
                {
                    output.Append(index == 0 ? string.Empty : ",");
                    Append(elements[index], output);
                }

                output.Append(']');
                break;
            default:
                if (value.GetValueKind() == JsonValueKind.String)
                {
                    AppendString(value.GetValue<string>(), output);
                }
                else
                {
                    output.Append(value.ToJsonString());
                }

                break;
        }
    }

    private static void AppendString(string text, StringBuilder output)
    {
        output.Append('"');
        foreach (var character in text)
        {
            switch (character)
            {
                case '"':
                    output.Append("\\\"");
                    break;
                case '\\':
                    output.Append(@"\\");
                    break;
                case '\n':
                    output.Append(@"\n");
                    break;
                case '\r':
                    output.Append(@"\r");
                    break;
                case '\t':
                    output.Append(@"\t");
                    break;
                case '\b':
                    output.Append(@"\b");
                    break;
                case '\f':
                    output.Append(@"\f");
                    break;
                case < ' ' or '<' or '>' or '&' or '\u2028' or '\u2029':
                    output.Append(@"\u").Append(((int)character).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    output.Append(character);
                    break;
            }
        }

        output.Append('"');
    }
}
