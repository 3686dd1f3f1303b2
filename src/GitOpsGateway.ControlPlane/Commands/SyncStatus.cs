namespace GitOpsGateway.ControlPlane.Commands;

/// <summary>How a <see cref="SyncSource"/> ended.</summary>
public enum SyncStatus
{
    /// <summary>Fetched; nothing new to ingest.</summary>
    UpToDate,

    /// <summary>Fetched and ingested at least one commit.</summary>
    Ingested,

    /// <summary>Another replica leads the source; it was asked to sync instead.</summary>
    ForwardedToLeader,

    /// <summary>The remote could not be fetched; recorded as the source's last error.</summary>
    Unavailable,

    /// <summary>Ingestion failed (a concurrent writer, a defect); recorded as the source's last error.</summary>
    Failed,

    /// <summary>The database could not be reached; retried with backoff, and readiness says it waits for the database.</summary>
    DatabaseUnavailable,

    /// <summary>No source of that name is configured.</summary>
    UnknownSource,
}
