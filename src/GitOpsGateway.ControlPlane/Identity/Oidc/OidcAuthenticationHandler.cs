using System.Text.Encodings.Web;
using GitOpsGateway.ControlPlane.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GitOpsGateway.ControlPlane.Identity.Oidc;

/// <summary>
/// Accepts <c>Authorization: Bearer JWT</c> signed by a key the configured issuer publishes, for the configured
/// audience, within its lifetime (give or take the clock skew). A refused token is answered 401 with the reason
/// (also in <c>WWW-Authenticate</c>); while the issuer's keys cannot be read at all, 503 with the reason.
/// </summary>
internal sealed class OidcAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    ControlPlaneSettings settings,
    IssuerMetadata metadata)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    private const string BearerPrefix = "Bearer ";

    private static readonly object IssuerUnavailableKey = new();

    private static readonly string[] AcceptedAlgorithms =
    [
        SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
        SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.RsaSsaPssSha384, SecurityAlgorithms.RsaSsaPssSha512,
        SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384, SecurityAlgorithms.EcdsaSha512,
    ];

    private readonly JsonWebTokenHandler tokens = new() { MapInboundClaims = false };

    private OidcSettings Oidc => settings.Oidc ?? throw new InvalidOperationException("The Oidc scheme is registered only with Oidc settings.");

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var text = header[BearerPrefix.Length..].Trim();
        JsonWebToken token;
        try
        {
            token = new JsonWebToken(text);
        }
        catch (ArgumentException)
        {
            return AuthenticateResult.Fail("The bearer token is not a well-formed JWT.");
        }

        // Checked before any key is read: a token from another issuer must not make this one be asked for keys.
        if (!string.Equals(token.Issuer, Oidc.Issuer, StringComparison.Ordinal))
        {
            return Refuse(token, TokenRefusal.Describe(new SecurityTokenInvalidIssuerException(), token, Oidc));
        }

        if (string.IsNullOrEmpty(token.Subject))
        {
            return Refuse(token, "The token has no subject (sub).");
        }

        try
        {
            var keys = await metadata.GetAsync(unknownKey: false, Context.RequestAborted);
            var result = await ValidateAsync(text, keys);
            if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
            {
                OidcLog.UnknownKey(Logger, Oidc.Issuer, TokenRefusal.Echo(token.Kid));
                keys = await metadata.GetAsync(unknownKey: true, Context.RequestAborted);
                result = await ValidateAsync(text, keys);
            }

            return result.IsValid ? Accept(token) : Refuse(token, TokenRefusal.Describe(result.Exception, token, Oidc));
        }
        catch (IssuerUnavailableException exception)
        {
            Context.Items[IssuerUnavailableKey] = exception.Message;
            return AuthenticateResult.Fail($"The token cannot be checked now: {exception.Message}");
        }
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        if (Context.Items.ContainsKey(IssuerUnavailableKey))
        {
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = ((int)IssuerMetadata.RetryAfterFailure.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Response.WriteAsync(result.Failure?.Message ?? "The OIDC issuer cannot be reached.", Context.RequestAborted);
            return;
        }

        Response.StatusCode = StatusCodes.Status401Unauthorized;
        if (result.Failure is { } failure)
        {
            Response.Headers.WWWAuthenticate = $"Bearer error=\"invalid_token\", error_description=\"{failure.Message.Replace("\"", "'", StringComparison.Ordinal)}\"";
            await Response.WriteAsync(failure.Message, Context.RequestAborted);
            return;
        }

        Response.Headers.WWWAuthenticate = "Bearer";
    }

    private Task<TokenValidationResult> ValidateAsync(string text, IssuerKeys keys) =>
        tokens.ValidateTokenAsync(text, new TokenValidationParameters
        {
            ValidIssuer = Oidc.Issuer,
            ValidAudience = Oidc.Audience,
            ClockSkew = Oidc.ClockSkew,
            IssuerSigningKeys = keys.SigningKeys,
            ValidAlgorithms = AcceptedAlgorithms,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
        });

    private AuthenticateResult Accept(JsonWebToken token)
    {
        var groups = OidcPrincipal.Groups(token, Oidc);
        var access = GrantedAccess.Resolve(Oidc.Grants, token.Subject, groups);
        if (access.Role is null)
        {
            OidcLog.NoGrant(Logger, token.Subject, string.Join(", ", groups));
        }
        else
        {
            OidcLog.TokenAccepted(Logger, token.Subject, access.Role, string.Join(", ", access.Scopes));
        }

        return AuthenticateResult.Success(new AuthenticationTicket(OidcPrincipal.Create(token, Oidc, access), IdentitySchemes.Oidc));
    }

    private AuthenticateResult Refuse(JsonWebToken token, string reason)
    {
        OidcLog.TokenRefused(Logger, TokenRefusal.Echo(token.Subject), reason);
        return AuthenticateResult.Fail(reason);
    }
}
