using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.Serialization;

namespace GitOpsGateway.Cli.Output;

/// <summary>
/// YAML through YamlDotNet's serializer: the JSON document becomes ordered dictionaries, lists and scalars, so
/// keys keep their order, and strings that a YAML 1.1 or 1.2 reader would take for something else ("True", "80",
/// "yes", "", a timestamp) are quoted, as kubectl quotes them.
/// </summary>
internal static class YamlOutputWriter
{
    private static readonly ISerializer Serializer = new SerializerBuilder()
        .WithQuotingNecessaryStrings(quoteYaml1_1Strings: true)
        .WithEventEmitter(next => new AmbiguousStringQuotingEmitter(next))
        .Build();

    public static void Write(TextWriter writer, JsonNode document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        Serializer.Serialize(writer, ToPlainObject(document));
    }

    private static object? ToPlainObject(JsonNode? node) => node switch
    {
        null => null,
        JsonObject members => ToDictionary(members),
        JsonArray elements => elements.Select(ToPlainObject).ToList(),
        _ => node.GetValueKind() switch
        {
            JsonValueKind.String => node.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => Number(node.ToJsonString()),
            _ => null,
        },
    };

    private static OrderedDictionary<string, object?> ToDictionary(JsonObject members)
    {
        var dictionary = new OrderedDictionary<string, object?>(members.Count, StringComparer.Ordinal);
        foreach (var (name, value) in members)
        {
            dictionary.Add(name, ToPlainObject(value));
        }

        return dictionary;
    }

    private static object Number(string text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)
            ? whole
            : decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
