using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GitOpsGateway.GatewayApi.Loading.Yaml;

/// <summary>
/// Writes one object's node tree as canonical JSON: keys in ordinal order, no whitespace, aliases expanded, and
/// without what a server adds (<c>status</c>; <c>metadata</c>'s managedFields, resourceVersion, uid, generation,
/// creationTimestamp). Scalars keep the meaning the readers give them, so loading the JSON reads the same object:
/// YAML nulls become null, the booleans the readers accept become true/false, plain numbers stay numbers (their
/// text kept when it is already JSON, normalised when only a reader would parse it, like "+5" or "080"), and
/// everything else is a string.
/// </summary>
internal static class CanonicalDocument
{
    private static readonly string[] ServerMetadata = ["creationTimestamp", "generation", "managedFields", "resourceVersion", "uid"];

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = false,
    };

    public static string Write(MappingNode root)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteMapping(writer, root, depth: 0, inMetadata: false);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>
    /// The UTF-8 length of <see cref="Write"/>'s output, without keeping it: memory stays at the size of the
    /// largest single value however large the object expands.
    /// </summary>
    public static long Measure(MappingNode root)
    {
        var counter = new CountingBufferWriter();
        using (var writer = new Utf8JsonWriter(counter, WriterOptions))
        {
            WriteMapping(writer, root, depth: 0, inMetadata: false);
        }

        return counter.Written;
    }

    private static void WriteNode(Utf8JsonWriter writer, ManifestNode node, int depth)
    {
        switch (node)
        {
            case MappingNode mapping:
                WriteMapping(writer, mapping, depth, inMetadata: false);
                break;
            case SequenceNode sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Items)
                {
                    WriteNode(writer, item, depth + 1);
                }

                writer.WriteEndArray();
                break;
            case ScalarNode scalar:
                WriteScalar(writer, scalar);
                break;
        }
    }

    private static void WriteMapping(Utf8JsonWriter writer, MappingNode mapping, int depth, bool inMetadata)
    {
        writer.WriteStartObject();
        foreach (var (key, value) in mapping.Entries.OrderBy(entry => entry.Key.Value, StringComparer.Ordinal))
        {
            if (IsServerOwned(key.Value, depth, inMetadata))
            {
                continue;
            }

            writer.WritePropertyName(key.Value);
            if (depth == 0 && key.Value == "metadata" && value is MappingNode metadata)
            {
                WriteMapping(writer, metadata, depth + 1, inMetadata: true);
            }
            else
            {
                WriteNode(writer, value, depth + 1);
            }
        }

        writer.WriteEndObject();
    }

    private static bool IsServerOwned(string key, int depth, bool inMetadata) =>
        (depth == 0 && key == "status") || (inMetadata && depth == 1 && ServerMetadata.Contains(key, StringComparer.Ordinal));

    private static void WriteScalar(Utf8JsonWriter writer, ScalarNode scalar)
    {
        if (!scalar.IsPlain)
        {
            writer.WriteStringValue(scalar.Value);
        }
        else if (scalar.IsNull)
        {
            writer.WriteNullValue();
        }
        else if (scalar.Value is "true" or "True" or "TRUE")
        {
            writer.WriteBooleanValue(true);
        }
        else if (scalar.Value is "false" or "False" or "FALSE")
        {
            writer.WriteBooleanValue(false);
        }
        else if (IsJsonNumber(scalar.Value))
        {
            writer.WriteRawValue(scalar.Value, skipInputValidation: true);
        }
        else if (long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteStringValue(scalar.Value);
        }
    }

    /// <summary>RFC 8259's number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</summary>
    private static bool IsJsonNumber(string text)
    {
        var i = 0;
        if (i < text.Length && text[i] == '-')
        {
            i++;
        }

        if (i >= text.Length || !char.IsAsciiDigit(text[i]))
        {
            return false;
        }

        if (text[i] == '0')
        {
            i++;
        }
        else
        {
            i = SkipDigits(text, i);
        }

        if (i < text.Length && text[i] == '.')
        {
            var fractionStart = i + 1;
            i = SkipDigits(text, fractionStart);
            if (i == fractionStart)
            {
                return false;
            }
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }

            var exponentStart = i;
            i = SkipDigits(text, exponentStart);
            if (i == exponentStart)
            {
                return false;
            }
        }

        return i == text.Length;
    }

    private static int SkipDigits(string text, int start)
    {
        var i = start;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i;
    }
}
