using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GitOpsGateway.Translation.Tests.Golden;

/// <summary>
/// Writes a tree of maps (<see cref="IEnumerable{T}"/> of string-keyed pairs, in the given order), lists and
/// scalars as block YAML, two spaces per level, quoting only what would not read back as the same string.
/// </summary>
internal static partial class YamlWriter
{
    public static string Write(object? value)
    {
        var text = new StringBuilder();
        WriteValue(text, value, 0, inList: false);
        return text.ToString();
    }

    /// <summary>Turns JSON (the IR's indented form) into the same tree, keeping property order.</summary>
    public static object? FromJson(JsonNode? node) => node switch
    {
        JsonObject map => map.Select(entry => new KeyValuePair<string, object?>(entry.Key, FromJson(entry.Value))).ToList(),
        JsonArray list => list.Select(FromJson).ToList(),
        JsonValue scalar => scalar.GetValueKind() switch
        {
            JsonValueKind.String => scalar.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number when long.TryParse(scalar.ToJsonString(), CultureInfo.InvariantCulture, out var number) => number,
            _ => scalar.ToJsonString(),
        },
        _ => null,
    };

    private static void WriteValue(StringBuilder text, object? value, int indent, bool inList)
    {
        switch (value)
        {
            case IEnumerable<KeyValuePair<string, object?>> map:
                WriteMap(text, [.. map], indent, inList);
                break;
            case IEnumerable<object?> list when value is not string:
                WriteList(text, [.. list], indent);
                break;
            default:
                text.Append(' ').Append(Scalar(value)).Append('\n');
                break;
        }
    }

    private static void WriteMap(StringBuilder text, List<KeyValuePair<string, object?>> map, int indent, bool inList)
    {
        if (map.Count == 0)
        {
            text.Append(" {}\n");
            return;
        }

        if (!inList)
        {
            text.Append('\n');
        }

        for (var i = 0; i < map.Count; i++)
        {
            var pad = inList && i == 0 ? " " : new string(' ', indent);
            text.Append(pad).Append(Scalar(map[i].Key)).Append(':');
            WriteValue(text, map[i].Value, indent + 2, inList: false);
        }
    }

    private static void WriteList(StringBuilder text, List<object?> list, int indent)
    {
        if (list.Count == 0)
        {
            text.Append(" []\n");
            return;
        }

        text.Append('\n');
        foreach (var item in list)
        {
            text.Append(new string(' ', indent)).Append('-');
            if (item is IEnumerable<KeyValuePair<string, object?>> map && map.Any())
            {
                WriteMap(text, [.. map], indent + 2, inList: true);
            }
            else
            {
                WriteValue(text, item, indent + 2, inList: false);
            }
        }
    }

    private static string Scalar(object? value) => value switch
    {
        null => "null",
        bool flag => flag ? "true" : "false",
        int or long => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        string text when Plain().IsMatch(text) && !Reserved().IsMatch(text) => text,
        _ => System.Text.Json.JsonSerializer.Serialize(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    [GeneratedRegex(@"^[A-Za-z0-9_/][A-Za-z0-9_./()=,+\- ]*(?<! )$")]
    private static partial Regex Plain();

    [GeneratedRegex(@"^(true|false|null|yes|no|on|off|~|[0-9][0-9_.]*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Reserved();
}
