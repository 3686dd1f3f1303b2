using System.Text.Json;
using System.Text.Json.Serialization;
using System.Xml;

namespace GitOpsGateway.RouteTables.Serialization;

/// <summary>
/// Writes a TimeSpan as an ISO 8601 duration (<c>PT10S</c>, <c>PT0.25S</c>, <c>PT1H30M</c>): exact to the tick,
/// one spelling per value, and readable in golden files.
/// </summary>
internal sealed class Iso8601DurationJsonConverter : JsonConverter<TimeSpan>
{
    public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? throw new JsonException("A duration cannot be null.");
        try
        {
            return XmlConvert.ToTimeSpan(text);
        }
        catch (FormatException exception)
        {
            throw new JsonException($"'{text}' is not an ISO 8601 duration such as PT10S.", exception);
        }
    }

    public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) =>
        writer.WriteStringValue(XmlConvert.ToString(value));
}
