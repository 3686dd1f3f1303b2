using GitOpsGateway.ControlPlane.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GitOpsGateway.ControlPlane.Identity;

public static class IdentityRegistration
{
    /// <summary>
    /// Authentication (the <see cref="IdentitySchemes.Default"/> policy scheme choosing between the API-token and the
    /// OIDC scheme), the permission policies, and the API token store with its cache and notifications. Returns the
    /// authentication builder, so the OIDC scheme can be added as <see cref="IdentitySchemes.Oidc"/>.
    /// </summary>
    public static AuthenticationBuilder AddControlPlaneIdentity(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ApiTokenStore>();
        services.AddSingleton<ApiTokenCache>();
        services.AddSingleton<ApiTokenNotifications>();
        services.AddHostedService(provider => provider.GetRequiredService<ApiTokenNotifications>());
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, PermissionDeniedAnswer>();
        services.AddAuthorizationBuilder().AddPermissionPolicies();
        return services.AddAuthentication(IdentitySchemes.Default)
            .AddPolicyScheme(IdentitySchemes.Default, "API token or OIDC bearer token", scheme => scheme.ForwardDefaultSelector = SchemeFor)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(IdentitySchemes.ApiToken, configureOptions: null);
    }

    private static string SchemeFor(Microsoft.AspNetCore.Http.HttpContext context)
    {
        if (BearerToken.From(context.Request) is { } token && BearerToken.IsJwtShaped(token))
        {
            var schemes = context.RequestServices.GetRequiredService<IOptions<AuthenticationOptions>>().Value.SchemeMap;
            if (schemes.ContainsKey(IdentitySchemes.Oidc))
            {
                return IdentitySchemes.Oidc;
            }
        }

        return IdentitySchemes.ApiToken;
    }
}
