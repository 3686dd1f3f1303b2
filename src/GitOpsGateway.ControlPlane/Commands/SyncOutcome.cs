namespace GitOpsGateway.ControlPlane.Commands;

/// <summary>What one <see cref="SyncSource"/> did.</summary>
public sealed record SyncOutcome(string Source, SyncStatus Status)
{
    /// <summary>The remote tip the fetch found, when it got that far.</summary>
    public string? Tip { get; init; }

    /// <summary>Commits appended by this sync.</summary>
    public int Ingested { get; init; }

    /// <summary>The last version a commit of this sync published, if any did.</summary>
    public long? LatestVersion { get; init; }

    public string? Error { get; init; }

    public bool IsFailure => Status is SyncStatus.Unavailable or SyncStatus.Failed or SyncStatus.DatabaseUnavailable;
}
