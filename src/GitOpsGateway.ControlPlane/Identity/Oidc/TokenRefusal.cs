using System.Globalization;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GitOpsGateway.ControlPlane.Identity.Oidc;

/// <summary>
/// Why a token was refused, in words a caller can act on. IdentityModel's own messages hide the values (PII), so
/// the reason is built from the exception's type and the token's own claims.
/// </summary>
internal static class TokenRefusal
{
    private const int MaxEcho = 200;

    public static string Describe(Exception? exception, JsonWebToken token, OidcSettings settings) => exception switch
    {
        SecurityTokenExpiredException => string.Create(CultureInfo.InvariantCulture, $"The token expired at {token.ValidTo:O} (allowed clock skew {settings.ClockSkew:c}); log in again."),
        SecurityTokenNotYetValidException => string.Create(CultureInfo.InvariantCulture, $"The token is not valid before {token.ValidFrom:O} (allowed clock skew {settings.ClockSkew:c})."),
        SecurityTokenNoExpirationException => "The token has no expiry (exp).",
        SecurityTokenInvalidAudienceException => $"The token is for the audience '{Echo(string.Join(", ", token.Audiences))}', not '{settings.Audience}'.",
        SecurityTokenInvalidIssuerException => $"The token's issuer '{Echo(token.Issuer)}' is not the configured issuer '{settings.Issuer}'.",
        SecurityTokenSignatureKeyNotFoundException => $"The token is signed with a key (kid '{Echo(token.Kid)}') that the issuer does not publish.",
        SecurityTokenInvalidSignatureException => "The token's signature does not verify with the issuer's published key.",
        SecurityTokenInvalidAlgorithmException => $"The token's algorithm '{Echo(token.Alg)}' is not accepted (RS*, PS* and ES* are).",
        null => "The token is not valid.",
        _ => $"The token is not valid ({exception.GetType().Name}).",
    };

    public static string Echo(string? value) =>
        value is null ? string.Empty : value.Length > MaxEcho ? value[..MaxEcho] + "…" : value;
}
