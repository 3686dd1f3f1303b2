namespace GitOpsGateway.ControlPlane.Identity;

/// <summary>The values of <see cref="IdentityClaims.Role"/>, narrowest first.</summary>
public static class IdentityRoles
{
    public const string Viewer = "viewer";

    public const string Operator = "operator";

    public const string Admin = "admin";
}
