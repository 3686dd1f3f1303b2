using System.Security.Claims;
using System.Text.Encodings.Web;
using GitOpsGateway.ControlPlane.Configuration;
using GitOpsGateway.ControlPlane.Nodes;
using GitOpsGateway.ControlPlane.Webhooks;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GitOpsGateway.ControlPlane.Admin;

/// <summary>Accepts <c>Authorization: Bearer TOKEN</c> when TOKEN is the configured admin token (compared in constant time).</summary>
internal sealed class AdminTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ControlPlaneSettings settings)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "AdminToken";

    private const string BearerPrefix = "Bearer ";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        // The node feed checks node tokens itself; calling them failed admin logins would log every node request.
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) || IsNodeFeedPath(Request.Path))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!WebhookSignatures.IsValidToken(settings.AdminToken, header[BearerPrefix.Length..].Trim()))
        {
            return Task.FromResult(AuthenticateResult.Fail("The bearer token is not the admin token."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "admin")], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    /// <summary>The feed's own endpoints (listing, feed, reports); the node histories below the prefix are admin endpoints.</summary>
    private static bool IsNodeFeedPath(PathString path) =>
        path.StartsWithSegments(ControlPlaneNodeFeed.Prefix, StringComparison.OrdinalIgnoreCase, out var rest)
        && (!rest.HasValue || rest.Value is "/" or "/feed" or "/reports");

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return base.HandleChallengeAsync(properties);
    }
}
