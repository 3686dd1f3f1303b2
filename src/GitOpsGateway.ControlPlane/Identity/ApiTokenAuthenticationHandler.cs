using System.Security.Claims;
using System.Text.Encodings.Web;
using GitOpsGateway.ControlPlane.Configuration;
using GitOpsGateway.ControlPlane.Nodes;
using GitOpsGateway.ControlPlane.Tokens;
using GitOpsGateway.ControlPlane.Webhooks;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GitOpsGateway.ControlPlane.Identity;

/// <summary>
/// Accepts <c>Authorization: Bearer TOKEN</c> when TOKEN is the <c>AdminToken</c> setting (the bootstrap admin,
/// compared in constant time, needing no database) or the secret of a named API token that is neither revoked nor
/// expired. The principal carries the <see cref="IdentityClaims"/> authorization reads.
/// </summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ControlPlaneSettings settings,
    ApiTokenCache tokens,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        // The node feed checks node tokens itself; calling them failed logins would log every node request.
        if (BearerToken.From(Request) is not { } presented || IsNodeFeedPath(Request.Path))
        {
            return AuthenticateResult.NoResult();
        }

        if (WebhookSignatures.IsValidToken(settings.AdminToken, presented))
        {
            return Success(ApiTokenRules.BootstrapAdminName, IdentityRoles.Admin, []);
        }

        var token = await tokens.FindAsync(presented, Context.RequestAborted);
        var now = clock.GetUtcNow();
        var refusal = token switch
        {
            null => "The bearer token is neither the admin token nor an API token.",
            { RevokedAt: not null } => $"API token '{token.Name}' is revoked.",
            _ when token.ExpiresAt <= now => $"API token '{token.Name}' expired.",
            _ => null,
        };
        if (refusal is not null)
        {
            IdentityLog.TokenRefused(Logger, Request.Method, Request.Path, refusal);
            return AuthenticateResult.Fail(refusal);
        }

        return Success(token!.Name, token.Role, token.Scopes);
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        // RFC 6750: tell the client why, so ggctl and scripts can show it.
        Response.Headers.WWWAuthenticate = result.Failure is { } failure
            ? $"Bearer error=\"invalid_token\", error_description=\"{failure.Message.Replace("\"", "'", StringComparison.Ordinal)}\""
            : "Bearer";
    }

    private AuthenticateResult Success(string name, string role, IReadOnlyList<string> scopes)
    {
        var claims = new List<Claim>
        {
            new(IdentityClaims.Name, name),
            new(IdentityClaims.Subject, name),
            new(IdentityClaims.Issuer, IdentityClaims.ApiTokenIssuer),
            new(IdentityClaims.Role, role),
        };
        claims.AddRange(scopes.Select(scope => new Claim(IdentityClaims.Scope, scope)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name, IdentityClaims.Name, IdentityClaims.Role));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    /// <summary>The feed's own endpoints (listing, feed, reports); the node histories below the prefix are admin endpoints.</summary>
    private static bool IsNodeFeedPath(PathString path) =>
        path.StartsWithSegments(ControlPlaneNodeFeed.Prefix, StringComparison.OrdinalIgnoreCase, out var rest)
        && (!rest.HasValue || rest.Value is "/" or "/feed" or "/reports");
}
