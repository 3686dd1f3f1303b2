namespace GitOpsGateway.Events;

/// <summary>How bad a <see cref="ManifestRejected"/> is.</summary>
public enum RejectionSeverity
{
    /// <summary>Not read or not loaded: the objects concerned keep their last good versions.</summary>
    Error,

    /// <summary>
    /// Read, and applied exactly as without the warning (an unknown kind ignored, a file with no objects, an entry
    /// not read because of its name): recorded so that the surprise is visible through the API.
    /// </summary>
    Warning,
}
