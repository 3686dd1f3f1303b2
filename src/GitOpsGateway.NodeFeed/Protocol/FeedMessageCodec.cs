using System.Buffers;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text.Json;
using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Serialization;

namespace GitOpsGateway.NodeFeed.Protocol;

/// <summary>
/// Writes and reads <see cref="FeedMessage"/> JSON. The table is embedded as its canonical bytes verbatim, so the
/// message never holds a second, differently formatted copy of what the hash covers; no output contains a line
/// break, so a message always fits one SSE <c>data:</c> line.
/// </summary>
internal static class FeedMessageCodec
{
    public static byte[] Encode(FeedVersion version, DateTimeOffset? appliedAt = null)
    {
        ArgumentNullException.ThrowIfNull(version);
        return Encode(version, RouteTableSerializer.ToCanonicalJson(version.Table), appliedAt);
    }

    /// <param name="table">The canonical JSON of <c>version.Table</c>, e.g. the bytes a node received and verified.</param>
    public static byte[] Encode(FeedVersion version, ReadOnlySpan<byte> table, DateTimeOffset? appliedAt)
    {
        ArgumentNullException.ThrowIfNull(version);
        var buffer = new ArrayBufferWriter<byte>(table.Length + 512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", version.Version);
            writer.WriteString("gateway", GatewayKey.Format(version.Gateway));
            writer.WriteString("hash", version.Hash);
            writer.WriteString("provenance", version.Provenance);
            if (version.ActivatedAt is { } activatedAt)
            {
                writer.WriteString("activatedAt", activatedAt);
            }

            if (appliedAt is { } applied)
            {
                writer.WriteString("appliedAt", applied);
            }

            writer.WritePropertyName("table");
            writer.WriteRawValue(table, skipInputValidation: true);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <exception cref="FeedMessageException">The JSON is not a feed message with a readable route table.</exception>
    public static DecodedFeedMessage Decode(ReadOnlySpan<byte> json)
    {
        FeedMessage message;
        try
        {
            message = JsonSerializer.Deserialize(json, NodeFeedJsonContext.Default.FeedMessage)
                ?? throw new FeedMessageException("The feed message is null.");
        }
        catch (JsonException exception)
        {
            throw new FeedMessageException($"The feed message is not valid JSON of the expected shape: {exception.Message}", exception);
        }

        if (!GatewayKey.TryParse(message.Gateway, out var gateway))
        {
            throw new FeedMessageException($"Version {message.Version}: '{message.Gateway}' is not a Gateway \"namespace/name\".");
        }

        if (message.Table.ValueKind != JsonValueKind.Object)
        {
            throw new FeedMessageException($"Version {message.Version}: the table is a JSON {message.Table.ValueKind}, not an object.");
        }

        var tableJson = JsonMarshal.GetRawUtf8Value(message.Table);
        RouteTable table;
        try
        {
            table = RouteTableSerializer.FromJson(tableJson);
        }
        catch (JsonException exception)
        {
            throw new FeedMessageException($"Version {message.Version}: the table is not a valid route table: {exception.Message}", exception);
        }

        var version = new FeedVersion
        {
            Version = message.Version,
            Gateway = gateway,
            Hash = message.Hash,
            Table = table,
            Provenance = message.Provenance,
            ActivatedAt = message.ActivatedAt,
        };
        var receivedHash = Convert.ToHexStringLower(SHA256.HashData(tableJson));
        return new DecodedFeedMessage(version, message.AppliedAt, message.Table, receivedHash);
    }
}
