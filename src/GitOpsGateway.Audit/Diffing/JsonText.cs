using System.Text.Json;
using System.Text.RegularExpressions;

namespace GitOpsGateway.Audit.Diffing;

/// <summary>How paths and leaf values of a manifest read in a diff.</summary>
internal static partial class JsonText
{
    public static string Property(string parent, string name)
    {
        if (PlainName().IsMatch(name))
        {
            return parent.Length == 0 ? name : $"{parent}.{name}";
        }

        return $"{parent}[{JsonSerializer.Serialize(name)}]";
    }

    public static string Item(string parent, int index) => $"{parent}[{index}]";

    /// <summary>A scalar as written; a string is quoted only when it would otherwise read as a number, boolean, null, or nothing.</summary>
    public static string Leaf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => ReadsAsString(value.GetString()!) ? value.GetString()! : value.GetRawText(),
        JsonValueKind.Object => "{}",
        JsonValueKind.Array => "[]",
        _ => value.GetRawText(),
    };

    private static bool ReadsAsString(string text) =>
        text.Length > 0
        && text.Trim().Length == text.Length
        && text is not ("true" or "false" or "null" or "{}" or "[]")
        && !double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_-]*$")]
    private static partial Regex PlainName();
}
