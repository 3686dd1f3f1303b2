namespace GitOpsGateway.ControlPlane.Identity;

/// <summary>Endpoint metadata: the permission the endpoint needs (added by <see cref="PermissionConventions.RequirePermission"/>).</summary>
public sealed record RequiredPermission(Permission Permission);
