using System.Security.Cryptography;
using System.Text;

namespace GitOpsGateway.ControlPlane.Webhooks;

/// <summary>Checks webhook credentials in constant time, so a caller cannot learn a secret byte by byte from response times.</summary>
internal static class WebhookSignatures
{
    /// <summary>True when <paramref name="hexSignature"/> is the HMAC-SHA256 of <paramref name="body"/> under <paramref name="secret"/>.</summary>
    public static bool IsValidHmacSha256(string secret, ReadOnlySpan<byte> body, string? hexSignature)
    {
        if (string.IsNullOrEmpty(hexSignature) || hexSignature.Length != 64)
        {
            return false;
        }

        byte[] provided;
        try
        {
            provided = Convert.FromHexString(hexSignature);
        }
        catch (FormatException)
        {
            return false;
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body);
        return CryptographicOperations.FixedTimeEquals(expected, provided);
    }

    /// <summary>Compares hashes rather than the texts, so neither the content nor the length of the secret leaks.</summary>
    public static bool IsValidToken(string expected, string? provided)
    {
        if (provided is null)
        {
            return false;
        }

        var expectedHash = SHA256.HashData(Encoding.UTF8.GetBytes(expected));
        var providedHash = SHA256.HashData(Encoding.UTF8.GetBytes(provided));
        return CryptographicOperations.FixedTimeEquals(expectedHash, providedHash);
    }
}
