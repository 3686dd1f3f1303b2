using System.Buffers.Text;
using System.Text.Json;

namespace GitOpsGateway.Cli.Login;

/// <summary>
/// The subject and expiry a JWT claims, read without checking its signature: only to tell the user who they logged
/// in as and when to log in again. The control plane is what checks the token.
/// </summary>
internal sealed record TokenClaims(string? Subject, DateTimeOffset? Expires)
{
    public static TokenClaims None { get; } = new(null, null);

    /// <returns>None for a token that is not a JWT (an opaque or named API token).</returns>
    public static TokenClaims Read(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return None;
        }

        try
        {
            using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            var root = payload.RootElement;
            var subject = root.TryGetProperty("sub", out var sub) && sub.ValueKind == JsonValueKind.String ? sub.GetString() : null;
            var expires = root.TryGetProperty("exp", out var exp) && exp.ValueKind == JsonValueKind.Number && exp.TryGetInt64(out var seconds)
                ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                : (DateTimeOffset?)null;
            return new TokenClaims(subject, expires);
        }
        catch (Exception exception) when (exception is FormatException or JsonException or ArgumentOutOfRangeException)
        {
            return None;
        }
    }
}
