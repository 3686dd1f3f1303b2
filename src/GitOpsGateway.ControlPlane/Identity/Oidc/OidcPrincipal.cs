using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;

namespace GitOpsGateway.ControlPlane.Identity.Oidc;

/// <summary>The principal a validated token stands for: name, subject, issuer, and the role and scopes its grants give.</summary>
internal static class OidcPrincipal
{
    public static ClaimsPrincipal Create(JsonWebToken token, OidcSettings settings, GrantedAccess access)
    {
        var name = token.Claims.FirstOrDefault(claim => claim.Type == settings.NameClaim)?.Value is { Length: > 0 } display ? display : token.Subject;
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, name),
            new(IdentityClaims.Subject, token.Subject),
            new(IdentityClaims.Issuer, settings.Issuer),
        };
        if (access.Role is { } role)
        {
            claims.Add(new Claim(ClaimTypes.Role, role));
        }

        claims.AddRange(access.Scopes.Select(scope => new Claim(IdentityClaims.Scope, scope)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, IdentitySchemes.Oidc, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>The groups claim as an array of strings or one string; absent means no groups.</summary>
    public static IReadOnlyCollection<string> Groups(JsonWebToken token, OidcSettings settings) =>
        [.. token.Claims.Where(claim => claim.Type == settings.GroupsClaim).Select(claim => claim.Value).Where(value => value.Length > 0).Distinct(StringComparer.Ordinal)];
}
