using GitOpsGateway.ControlPlane.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace GitOpsGateway.ControlPlane.Identity.Oidc;

/// <summary>Registers the <see cref="IdentitySchemes.Oidc"/> scheme when an issuer is configured, and nothing otherwise.</summary>
internal static class OidcRegistration
{
    public static AuthenticationBuilder AddOidc(this AuthenticationBuilder authentication, ControlPlaneSettings settings)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Oidc is not { } oidc)
        {
            return authentication;
        }

        authentication.Services.AddSingleton(provider => ActivatorUtilities.CreateInstance<IssuerMetadata>(provider, oidc));
        return authentication.AddScheme<AuthenticationSchemeOptions, OidcAuthenticationHandler>(IdentitySchemes.Oidc, configureOptions: null);
    }
}
