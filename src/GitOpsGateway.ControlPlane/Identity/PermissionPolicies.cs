using Microsoft.AspNetCore.Authorization;

namespace GitOpsGateway.ControlPlane.Identity;

/// <summary>One authorization policy per <see cref="Permission"/>, granted by <see cref="RolePermissions"/>.</summary>
internal static class PermissionPolicies
{
    private const string Prefix = "permission:";

    public static string NameOf(Permission permission) => Prefix + permission;

    public static AuthorizationBuilder AddPermissionPolicies(this AuthorizationBuilder authorization)
    {
        foreach (var permission in Enum.GetValues<Permission>())
        {
            authorization.AddPolicy(NameOf(permission), policy => policy
                .RequireAuthenticatedUser()
                .RequireAssertion(context => RolePermissions.Grants(context.User, permission)));
        }

        // An endpoint that declares nothing is for admins only: forgetting a declaration never opens anything.
        return authorization.SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireRole(IdentityRoles.Admin).Build());
    }
}
