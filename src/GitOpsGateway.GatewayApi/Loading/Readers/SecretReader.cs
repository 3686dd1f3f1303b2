using System.Text;
using GitOpsGateway.GatewayApi.Kubernetes;
using GitOpsGateway.GatewayApi.Loading.Yaml;

namespace GitOpsGateway.GatewayApi.Loading.Readers;

/// <summary>
/// Keeps key names, and the bytes of tls.crt and tls.key only; stringData wins over data, as in Kubernetes. A data
/// value starting with <see cref="Secret.RedactedPrefix"/> is read as that text's bytes instead of base64.
/// </summary>
internal static class SecretReader
{
    public static KubernetesResource? Read(ReadContext context, MappingNode root, string apiVersion, ObjectMeta metadata)
    {
        var values = new Dictionary<string, ReadOnlyMemory<byte>?>(StringComparer.Ordinal);
        if (context.Mapping(root, "data", string.Empty) is { } data)
        {
            foreach (var (key, node) in data.Entries)
            {
                values[key.Value] = Decode(context, node, ReadContext.Field("data", key.Value));
            }
        }

        if (context.Mapping(root, "stringData", string.Empty) is { } stringData)
        {
            foreach (var (key, node) in stringData.Entries)
            {
                var text = node is ScalarNode { IsNull: true } ? string.Empty : context.AsString(node, ReadContext.Field("stringData", key.Value));
                values[key.Value] = text is null ? null : Encoding.UTF8.GetBytes(text);
            }
        }

        return new Secret
        {
            ApiVersion = apiVersion,
            Metadata = metadata,
            Type = context.String(root, "type", string.Empty) ?? SecretTypes.Opaque,
            Keys = values.Keys.Order(StringComparer.Ordinal).ToList(),
            Certificate = Bytes(values, Secret.CertificateKey),
            PrivateKey = Bytes(values, Secret.PrivateKeyKey),
        };
    }

    private static ReadOnlyMemory<byte>? Decode(ReadContext context, ManifestNode node, string path)
    {
        if (node is ScalarNode { IsNull: true })
        {
            return ReadOnlyMemory<byte>.Empty;
        }

        if (context.AsString(node, path) is not { } text)
        {
            return null;
        }

        // A value the event store redacted stands for bytes it never kept: the marker is those bytes' stand-in,
        // so the key still counts as present and a changed key still compares unequal.
        if (text.StartsWith(Secret.RedactedPrefix, StringComparison.Ordinal))
        {
            return Encoding.UTF8.GetBytes(text);
        }

        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            // The message names the field only: echoing the value could print key material.
            context.Error(node, path, "is not valid base64.");
            return null;
        }
    }

    private static SecretBytes? Bytes(Dictionary<string, ReadOnlyMemory<byte>?> values, string key) =>
        values.TryGetValue(key, out var value) && value is { } bytes ? new SecretBytes(bytes.Span) : null;
}
