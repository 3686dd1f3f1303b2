using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GitOpsGateway.GatewayApi.Kubernetes;

namespace GitOpsGateway.Events.Ingestion;

/// <summary>
/// Turns a Secret's canonical manifest into what may be stored, by allow-list (ADR 0015): apiVersion, kind, type,
/// metadata.name and metadata.namespace, the names of the data and stringData keys, and the CERTIFICATE blocks of
/// <c>tls.crt</c> and <c>ca.crt</c>. Every other value becomes "redacted:sha256:&lt;hex of its bytes&gt;"
/// (<see cref="Secret.RedactedPrefix"/>, which the loader reads back as a present key), and everything else of the
/// object (labels, annotations such as last-applied-configuration, unknown fields) is dropped and summed up in one
/// hash annotation, <see cref="RemovedAnnotation"/>. Nothing readable survives but the allowed parts, yet any change
/// to what was dropped still changes the stored manifest.
/// </summary>
internal static class SecretRedactor
{
    /// <summary>Holds the hash of every part of the object that was dropped (canonical JSON of those parts).</summary>
    public const string RemovedAnnotation = "gitops-gateway.io/redacted";

    private static readonly string[] CertificateKeys = [Secret.CertificateKey, "ca.crt"];

    public static string Redact(string canonicalSecret)
    {
        var original = JsonNode.Parse(canonicalSecret)!.AsObject();
        var kept = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal);
        var removed = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal);
        var metadata = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal);
        string? carriedMarker = null;
        foreach (var (name, value) in original)
        {
            switch (name)
            {
                case "apiVersion" or "kind" or "type" when value?.GetValueKind() == JsonValueKind.String:
                    kept[name] = value.DeepClone();
                    break;
                case "metadata" when value is JsonObject written:
                    carriedMarker = SplitMetadata(written, metadata, removed);
                    break;
                case "data" when value is JsonObject values:
                    kept[name] = RedactValues(values, Decode, Convert.ToBase64String);
                    break;
                case "stringData" when value is JsonObject values:
                    kept[name] = RedactValues(values, Encoding.UTF8.GetBytes, Encoding.UTF8.GetString);
                    break;
                default:
                    removed[name] = value?.DeepClone();
                    break;
            }
        }

        if (removed.Count > 0 || carriedMarker is not null)
        {
            if (carriedMarker is not null && removed.Count > 0)
            {
                removed[RemovedAnnotation] = carriedMarker;
            }

            var marker = removed.Count == 0 ? carriedMarker! : Marker(Encoding.UTF8.GetBytes(CanonicalJson.Write(ToObject(removed))));
            metadata["annotations"] = new JsonObject { [RemovedAnnotation] = marker };
        }

        kept["metadata"] = ToObject(metadata);
        var redacted = CanonicalJson.Write(ToObject(kept));
        return string.Equals(redacted, canonicalSecret, StringComparison.Ordinal) ? canonicalSecret : redacted;
    }

    /// <summary>Keeps name and namespace; the rest goes to <paramref name="removed"/>. Returns an earlier run's hash annotation.</summary>
    private static string? SplitMetadata(JsonObject written, SortedDictionary<string, JsonNode?> kept, SortedDictionary<string, JsonNode?> removed)
    {
        var dropped = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal);
        string? carried = null;
        foreach (var (name, value) in written)
        {
            if (name is "name" or "namespace" && value?.GetValueKind() == JsonValueKind.String)
            {
                kept[name] = value.DeepClone();
            }
            else if (name == "annotations" && value is JsonObject annotations && annotations.Count == 1
                && annotations[RemovedAnnotation] is JsonValue marker && marker.GetValueKind() == JsonValueKind.String
                && marker.GetValue<string>().StartsWith(Secret.RedactedPrefix, StringComparison.Ordinal))
            {
                // Already redacted: redacting again must give the same manifest.
                carried = marker.GetValue<string>();
            }
            else
            {
                dropped[name] = value?.DeepClone();
            }
        }

        if (dropped.Count > 0)
        {
            removed["metadata"] = ToObject(dropped);
        }

        return carried;
    }

    private static JsonObject RedactValues(JsonObject values, Func<string, byte[]> bytesOf, Func<byte[], string> encode)
    {
        var redacted = new JsonObject();
        foreach (var (key, value) in values)
        {
            redacted[key] = value?.GetValueKind() switch
            {
                null or JsonValueKind.Null => null,
                JsonValueKind.String when value.GetValue<string>().StartsWith(Secret.RedactedPrefix, StringComparison.Ordinal) => value.GetValue<string>(),
                JsonValueKind.String when CertificateKeys.Contains(key, StringComparer.Ordinal) => PublicCertificates(value.GetValue<string>(), bytesOf, encode),
                JsonValueKind.String => Marker(bytesOf(value.GetValue<string>())),

                // A plain number or boolean in data is text the loader accepts; it is a value like any other.
                _ => Marker(Encoding.UTF8.GetBytes(value.ToJsonString())),
            };
        }

        return redacted;
    }

    /// <summary>
    /// The CERTIFICATE blocks of a PEM bundle. A value that holds anything else (a private key bundled in, text
    /// that is not PEM) keeps only those blocks, followed by the marker of the whole value as PEM explanatory text,
    /// which certificate readers skip; a value without any certificate becomes the marker alone.
    /// </summary>
    private static string PublicCertificates(string value, Func<string, byte[]> bytesOf, Func<byte[], string> encode)
    {
        var bytes = bytesOf(value);
        var text = Encoding.UTF8.GetString(bytes);
        var certificates = new List<string>();
        var rest = new StringBuilder();
        var position = 0;
        while (position < text.Length && PemEncoding.TryFind(text.AsSpan(position), out var fields))
        {
            var block = text.AsSpan(position)[fields.Location];
            var label = text.AsSpan(position)[fields.Label];
            rest.Append(text.AsSpan(position, fields.Location.Start.Value));
            if (label.SequenceEqual("CERTIFICATE") && IsCertificate(text.AsSpan(position)[fields.Base64Data]))
            {
                certificates.Add(block.ToString());
            }
            else
            {
                rest.Append(block);
            }

            position += fields.Location.End.Value;
        }

        rest.Append(text.AsSpan(position));
        if (certificates.Count == 0)
        {
            return Marker(bytes);
        }

        // Certificates alone, or what an earlier redaction left (certificates and one marker): stored as written.
        var remainder = rest.ToString().Trim();
        if ((remainder.Length == 0 || IsMarker(remainder)) && Encoding.UTF8.GetBytes(text).AsSpan().SequenceEqual(bytes))
        {
            return value;
        }

        return encode(Encoding.UTF8.GetBytes(string.Join('\n', certificates) + "\n" + Marker(bytes) + "\n"));
    }

    /// <summary>A block labelled CERTIFICATE is kept only when it is one: the label alone proves nothing.</summary>
    private static bool IsCertificate(ReadOnlySpan<char> base64)
    {
        try
        {
            using var certificate = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(base64.ToString()));
            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static bool IsMarker(string text) =>
        text.Length == Secret.RedactedPrefix.Length + 64
        && text.StartsWith(Secret.RedactedPrefix, StringComparison.Ordinal)
        && text.AsSpan(Secret.RedactedPrefix.Length).ContainsAnyExcept("0123456789abcdef") is false;

    private static string Marker(byte[] bytes) => Secret.RedactedPrefix + Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static JsonObject ToObject(SortedDictionary<string, JsonNode?> entries)
    {
        var result = new JsonObject();
        foreach (var (name, value) in entries)
        {
            result[name] = value;
        }

        return result;
    }

    /// <summary>The decoded bytes; text that is not base64 (the loader rejects it) is hashed as it is.</summary>
    private static byte[] Decode(string base64)
    {
        try
        {
            return Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return Encoding.UTF8.GetBytes(base64);
        }
    }
}
