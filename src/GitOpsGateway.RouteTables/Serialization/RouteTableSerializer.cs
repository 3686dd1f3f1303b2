using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace GitOpsGateway.RouteTables.Serialization;

/// <summary>
/// The one JSON form of a <see cref="RouteTable"/>. Canonical bytes: UTF-8, no whitespace, properties in
/// declaration order, camelCase names, enums as strings, durations as ISO 8601, nulls and empty lists left out,
/// sets already sorted by the IR itself. The indented form holds the same content for people and golden files;
/// <see cref="FromJson(ReadOnlySpan{byte})"/> reads both, and hand-written IR too.
/// </summary>
public static class RouteTableSerializer
{
    /// <summary>
    /// Metadata for the IR types with the canonical conventions; to embed route tables in other JSON documents
    /// (node feed, admin API), combine it with the host's own context through <c>JsonTypeInfoResolver.Combine</c>.
    /// </summary>
    public static IJsonTypeInfoResolver TypeInfoResolver { get; } =
        RouteTableJsonContext.Default.WithAddedModifier(OmitEmptyLists);

    public static JsonSerializerOptions CanonicalOptions { get; } = CreateOptions(indented: false);

    public static JsonSerializerOptions IndentedOptions { get; } = CreateOptions(indented: true);

    private static JsonTypeInfo<RouteTable> CanonicalTypeInfo { get; } = TypeInfo(CanonicalOptions);

    private static JsonTypeInfo<RouteTable> IndentedTypeInfo { get; } = TypeInfo(IndentedOptions);

    public static byte[] ToCanonicalJson(RouteTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return JsonSerializer.SerializeToUtf8Bytes(table, CanonicalTypeInfo);
    }

    /// <summary>Two-space indentation and <c>\n</c> line ends on every machine, with a final line end.</summary>
    public static string ToIndentedJson(RouteTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return JsonSerializer.Serialize(table, IndentedTypeInfo) + "\n";
    }

    /// <exception cref="JsonException">The JSON is not a valid route table; the message names the path.</exception>
    public static RouteTable FromJson(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize(utf8Json, CanonicalTypeInfo) ?? throw new JsonException("A route table cannot be null.");

    /// <exception cref="JsonException">The JSON is not a valid route table; the message names the path.</exception>
    public static RouteTable FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, CanonicalTypeInfo) ?? throw new JsonException("A route table cannot be null.");
    }

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions(RouteTableJsonContext.Default.Options)
        {
            // Regular expressions and header values stay readable: only what JSON itself requires is escaped.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = TypeInfoResolver,
            WriteIndented = indented,
            IndentSize = 2,
            NewLine = "\n",
        };
        options.MakeReadOnly();
        return options;
    }

    private static JsonTypeInfo<RouteTable> TypeInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<RouteTable>)options.GetTypeInfo(typeof(RouteTable));

    private static void OmitEmptyLists(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            if (property.PropertyType.IsGenericType
                && property.PropertyType.GetGenericTypeDefinition() == typeof(EquatableArray<>))
            {
                property.ShouldSerialize = static (_, value) => value is IEquatableArray { IsEmpty: false };
            }
        }
    }
}
