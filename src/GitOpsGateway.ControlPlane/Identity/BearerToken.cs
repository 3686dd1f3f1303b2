using Microsoft.AspNetCore.Http;

namespace GitOpsGateway.ControlPlane.Identity;

/// <summary>The token of an <c>Authorization: Bearer TOKEN</c> header, and whether it is shaped like a JWT.</summary>
internal static class BearerToken
{
    private const string Prefix = "Bearer ";

    public static string? From(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = header[Prefix.Length..].Trim();
        return token.Length == 0 ? null : token;
    }

    /// <summary>Three dot-separated base64url parts, the first two non-empty: a JWS in compact form. API tokens never contain a dot.</summary>
    public static bool IsJwtShaped(string token)
    {
        var parts = token.Split('.');
        return parts.Length == 3 && parts[0].Length > 0 && parts[1].Length > 0 && parts.All(part => part.All(IsBase64Url));
    }

    private static bool IsBase64Url(char character) =>
        character is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_';
}
