using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GitOpsGateway.Audit.Maintenance;

/// <summary>
/// Replaces leaked values inside stored JSON. Pure. Every string is searched for every form of each value; a
/// string that is itself JSON (an annotation holding a manifest) is searched inside and written back compact; a
/// string that is base64 of UTF-8 text is decoded, searched and encoded again, so a value inside a larger encoded
/// Secret value is found whatever its offset.
/// </summary>
public sealed class LeakMasker(IReadOnlyList<LeakedValue> values)
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The JSON with every occurrence masked, or null when it holds none.</summary>
    public string? MaskJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return null;
        }

        var masked = MaskNode(root, out var changed);
        return changed ? masked?.ToJsonString(Compact) ?? "null" : null;
    }

    private JsonNode? MaskNode(JsonNode? node, out bool changed)
    {
        changed = false;
        switch (node)
        {
            case JsonObject map:
                foreach (var (name, child) in map.ToList())
                {
                    var masked = MaskNode(child, out var childChanged);
                    if (childChanged && !ReferenceEquals(masked, child))
                    {
                        map[name] = masked;
                    }

                    changed |= childChanged;
                }

                return map;
            case JsonArray list:
                for (var index = 0; index < list.Count; index++)
                {
                    var masked = MaskNode(list[index], out var childChanged);
                    if (childChanged && !ReferenceEquals(masked, list[index]))
                    {
                        list[index] = masked;
                    }

                    changed |= childChanged;
                }

                return list;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                var text = value.GetValue<string>();
                var result = MaskText(text);
                changed = !string.Equals(result, text, StringComparison.Ordinal);
                return changed ? JsonValue.Create(result) : node;
            default:
                return node;
        }
    }

    private string MaskText(string text)
    {
        var result = text;
        if (LooksLikeJson(result) && MaskJson(result) is { } nested)
        {
            result = nested;
        }

        foreach (var value in values)
        {
            foreach (var form in value.Forms)
            {
                result = result.Replace(form, value.Marker, StringComparison.Ordinal);
            }
        }

        return DecodedText(result) is { } decoded && MaskText(decoded) is var maskedDecoded && !string.Equals(maskedDecoded, decoded, StringComparison.Ordinal)
            ? Convert.ToBase64String(Encoding.UTF8.GetBytes(maskedDecoded))
            : result;
    }

    private static bool LooksLikeJson(string text) =>
        text.Length > 1 && ((text[0] == '{' && text[^1] == '}') || (text[0] == '[' && text[^1] == ']'));

    /// <summary>The text a base64 string encodes, when it is base64 of valid UTF-8 at all.</summary>
    private static string? DecodedText(string text)
    {
        if (text.Length < LeakedValue.MinimumLength || text.Length % 4 != 0)
        {
            return null;
        }

        var bytes = new byte[text.Length / 4 * 3];
        if (!Convert.TryFromBase64String(text, bytes, out var written))
        {
            return null;
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 0, written);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
