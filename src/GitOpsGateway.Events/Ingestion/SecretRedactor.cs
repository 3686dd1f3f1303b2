using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using GitOpsGateway.GatewayApi.Kubernetes;

namespace GitOpsGateway.Events.Ingestion;

/// <summary>
/// Replaces every Secret value except the public certificates (<c>tls.crt</c>, <c>ca.crt</c>) by
/// "redacted:sha256:&lt;hex of the value's bytes&gt;" before a manifest is stored, in <c>data</c> and
/// <c>stringData</c> alike: key material never reaches the event store, yet a changed key still changes the
/// manifest. The loader reads the marker back as a present key (<see cref="Secret.RedactedPrefix"/>).
/// </summary>
internal static class SecretRedactor
{
    private static readonly string[] PublicKeys = [Secret.CertificateKey, "ca.crt"];

    public static string Redact(string canonicalSecret)
    {
        var secret = JsonNode.Parse(canonicalSecret)!.AsObject();
        var changed = RedactValues(secret["data"] as JsonObject, Decode) | RedactValues(secret["stringData"] as JsonObject, Encoding.UTF8.GetBytes);
        return changed ? CanonicalJson.Write(secret) : canonicalSecret;
    }

    private static bool RedactValues(JsonObject? values, Func<string, byte[]> bytesOf)
    {
        if (values is null)
        {
            return false;
        }

        var changed = false;
        foreach (var (key, value) in values.ToList())
        {
            if (PublicKeys.Contains(key, StringComparer.Ordinal) || value?.GetValueKind() != System.Text.Json.JsonValueKind.String)
            {
                continue;
            }

            var text = value.GetValue<string>();
            if (text.StartsWith(Secret.RedactedPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            values[key] = Secret.RedactedPrefix + Convert.ToHexStringLower(SHA256.HashData(bytesOf(text)));
            changed = true;
        }

        return changed;
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
