using System.Security.Claims;

namespace GitOpsGateway.ControlPlane.Identity;

/// <summary>
/// The claims authorization reads, whatever scheme authenticated the caller: any principal carrying them is
/// authorized the same way (an API token's definition or an OIDC token's groups map onto them).
/// </summary>
public static class IdentityClaims
{
    /// <summary>The display identity: an API token's name, or an OIDC subject.</summary>
    public const string Name = ClaimTypes.Name;

    /// <summary>Who the issuer says the caller is: the token's name for API tokens, the <c>sub</c> claim for OIDC.</summary>
    public const string Subject = "gitops-gateway/subject";

    /// <summary>The OIDC issuer's URL, or <see cref="ApiTokenIssuer"/> for API tokens and the bootstrap admin token.</summary>
    public const string Issuer = "gitops-gateway/issuer";

    /// <summary>One of <see cref="IdentityRoles"/>; a principal may carry several (the widest wins).</summary>
    public const string Role = ClaimTypes.Role;

    /// <summary>
    /// <c>source:NAME</c> or <c>gateway:NAMESPACE/NAME</c>, one claim each. An operator without any scope claim is
    /// unscoped: every source and Gateway.
    /// </summary>
    public const string Scope = "gitops-gateway/scope";

    public const string ApiTokenIssuer = "gitops-gateway";

    public const string SourceScopePrefix = "source:";

    public const string GatewayScopePrefix = "gateway:";
}
