namespace GitOpsGateway.ControlPlane.Identity;

/// <summary>
/// The authentication schemes of the admin API. <see cref="Default"/> looks at the bearer token and forwards a
/// JWT-shaped one (three dot-separated base64url parts) to <see cref="Oidc"/> when that scheme is registered, and
/// everything else to <see cref="ApiToken"/> (the bootstrap admin token and named API tokens).
/// </summary>
public static class IdentitySchemes
{
    public const string Default = "GitOpsGateway";

    public const string ApiToken = "ApiToken";

    /// <summary>JWT bearer tokens from the configured OIDC issuer.</summary>
    public const string Oidc = "Oidc";
}
