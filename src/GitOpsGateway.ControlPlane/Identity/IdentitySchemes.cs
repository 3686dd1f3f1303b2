namespace GitOpsGateway.ControlPlane.Identity;

/// <summary>The names of the authentication schemes callers are identified by.</summary>
public static class IdentitySchemes
{
    /// <summary>OIDC/JWT bearer tokens from the configured issuer (<see cref="Oidc.OidcAuthenticationHandler"/>).</summary>
    public const string Oidc = "Oidc";
}
