using System.Security.Cryptography;
using System.Text;

namespace GitOpsGateway.ControlPlane.Tokens;

/// <summary>
/// A token's secret: 32 random bytes, base64url, after a <c>ggt_</c> prefix (secret scanners can match it; no dot,
/// so it is never taken for a JWT). Only its SHA-256 is stored: with 256 random bits a salt or a slow hash adds nothing.
/// </summary>
internal static class ApiTokenSecret
{
    public const string Prefix = "ggt_";

    public static string Generate() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
