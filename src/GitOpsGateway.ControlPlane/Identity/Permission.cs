namespace GitOpsGateway.ControlPlane.Identity;

/// <summary>What an admin API endpoint needs; <see cref="RolePermissions"/> says which role grants which.</summary>
public enum Permission
{
    /// <summary>Read sources, versions, resources, statuses, audit answers and the journal.</summary>
    Read,

    /// <summary>
    /// See a Secret's stored manifest (type, key names, certificate blocks, hash markers) in resources and history;
    /// without it a Secret shows its identity only.
    /// </summary>
    ReadSecretDetails,

    Sync,

    Rollback,

    Pin,

    Unpin,

    /// <summary>Create, list, revoke and rotate API tokens.</summary>
    ManageTokens,
}
