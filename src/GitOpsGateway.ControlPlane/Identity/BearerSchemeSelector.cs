using GitOpsGateway.ControlPlane.Admin;
using Microsoft.AspNetCore.Http;

namespace GitOpsGateway.ControlPlane.Identity;

/// <summary>
/// The default scheme: a JWT-shaped bearer token (three dot-separated parts, a JSON header) goes to
/// <see cref="IdentitySchemes.Oidc"/> when an issuer is configured; every other request to the admin token scheme.
/// </summary>
internal static class BearerSchemeSelector
{
    public const string SchemeName = "Bearer";

    private const string BearerPrefix = "Bearer ";

    public static string Select(HttpContext context, bool oidcConfigured)
    {
        ArgumentNullException.ThrowIfNull(context);
        var header = context.Request.Headers.Authorization.ToString();
        return oidcConfigured && header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) && IsJwtShaped(header.AsSpan(BearerPrefix.Length).Trim())
            ? IdentitySchemes.Oidc
            : AdminTokenAuthenticationHandler.SchemeName;
    }

    /// <summary>A JWS in compact form: its header part base64url-encodes a JSON object, so it starts with "eyJ" (<c>{"</c>).</summary>
    private static bool IsJwtShaped(ReadOnlySpan<char> token) =>
        token.StartsWith("eyJ", StringComparison.Ordinal) && token.Count('.') == 2;
}
