namespace GitOpsGateway.Events.Projections;

/// <summary>Why a version became the one a source serves.</summary>
public enum ActivationCause
{
    /// <summary>It was published while its source was not pinned elsewhere.</summary>
    Published,

    /// <summary>A pin (or a rollback, which pins) named it.</summary>
    Pinned,

    /// <summary>An unpin made the head's version active again: the newest, or the one it published restoring the head.</summary>
    Unpinned,
}
