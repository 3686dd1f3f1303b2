using Microsoft.AspNetCore.Builder;

namespace GitOpsGateway.ControlPlane.Identity;

public static class PermissionConventions
{
    /// <summary>Declares the permission an endpoint needs and enforces it through the permission's policy.</summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, Permission permission)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.WithMetadata(new RequiredPermission(permission)).RequireAuthorization(PermissionPolicies.NameOf(permission));
    }
}
