using System.Collections.Frozen;
using System.Security.Claims;

namespace GitOpsGateway.ControlPlane.Identity;

/// <summary>
/// The one table of which role grants which permission. The endpoint enumeration test and docs/security.md are
/// checked against it. Operators' commands are further limited by their scopes (<see cref="CallerScopes"/>).
/// </summary>
public static class RolePermissions
{
    public static FrozenDictionary<string, FrozenSet<Permission>> Table { get; } = new Dictionary<string, FrozenSet<Permission>>(StringComparer.Ordinal)
    {
        [IdentityRoles.Viewer] = FrozenSet.Create(Permission.Read),
        [IdentityRoles.Operator] = FrozenSet.Create(
            Permission.Read, Permission.ReadSecretDetails, Permission.Sync, Permission.Rollback, Permission.Pin, Permission.Unpin),
        [IdentityRoles.Admin] = Enum.GetValues<Permission>().ToFrozenSet(),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The roles, narrowest first.</summary>
    public static IReadOnlyList<string> Roles { get; } = [IdentityRoles.Viewer, IdentityRoles.Operator, IdentityRoles.Admin];

    public static bool IsRole(string? role) => role is not null && Table.ContainsKey(role);

    public static bool Grants(ClaimsPrincipal user, Permission permission)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.IsAuthenticated == true
            && user.FindAll(IdentityClaims.Role).Any(role => Table.TryGetValue(role.Value, out var granted) && granted.Contains(permission));
    }

    public static bool IsAdmin(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.HasClaim(IdentityClaims.Role, IdentityRoles.Admin);
    }
}
