namespace GitOpsGateway.ControlPlane.Commands;

/// <summary>How a rollback, pin or unpin ended.</summary>
public enum VersionCommandStatus
{
    /// <summary>Its events are appended and saved.</summary>
    Done,

    /// <summary>The version, commit, point in time or source it names does not exist.</summary>
    NotFound,

    /// <summary>The request cannot be carried out as asked (no source named with several configured, nothing to unpin).</summary>
    Invalid,
}
