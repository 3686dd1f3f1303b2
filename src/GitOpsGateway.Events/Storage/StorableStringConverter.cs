using System.Text.Json;
using System.Text.Json.Serialization;

namespace GitOpsGateway.Events.Storage;

/// <summary>
/// Writes every string of a stored event or document, values and keys alike, with U+0000 replaced by U+FFFD.
/// PostgreSQL's text and jsonb cannot hold U+0000 and refuse the whole transaction (22P05), so a commit message,
/// an author, a file path or a message quoting input with one would fail ingestion every time (docs/adr/0014).
/// U+FFFD is what the serializer already writes for a lone UTF-16 surrogate, the other text it cannot encode.
/// Replacing is idempotent, so a projection writes the same read model at append time and in a rebuild.
/// </summary>
internal sealed class StorableStringConverter : JsonConverter<string>
{
    private const char Unstorable = '\0';

    private const char Replacement = '\uFFFD';

    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString();

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Storable(value));
    }

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() ?? string.Empty;

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(Storable(value));
    }

    public static string Storable(string value) =>
        value.Contains(Unstorable, StringComparison.Ordinal) ? value.Replace(Unstorable, Replacement) : value;
}
