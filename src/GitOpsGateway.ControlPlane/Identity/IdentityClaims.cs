namespace GitOpsGateway.ControlPlane.Identity;

/// <summary>
/// The claims every authentication scheme puts on its principal beside <see cref="System.Security.Claims.ClaimTypes.Name"/>
/// and <see cref="System.Security.Claims.ClaimTypes.Role"/>, so authorization and the journal need not know which scheme ran.
/// </summary>
public static class IdentityClaims
{
    /// <summary>The stable identifier of the caller at its issuer (an OIDC <c>sub</c>).</summary>
    public const string Subject = "gitops-gateway/subject";

    /// <summary>Who vouches for <see cref="Subject"/>: the OIDC issuer URL.</summary>
    public const string Issuer = "gitops-gateway/issuer";

    /// <summary><c>source:NAME</c> or <c>gateway:NAMESPACE/NAME</c>; a principal without any is not limited to some.</summary>
    public const string Scope = "gitops-gateway/scope";

    public const string ViewerRole = "viewer";

    public const string OperatorRole = "operator";

    public const string AdminRole = "admin";
}
