using GitOpsGateway.Events.Queries;

namespace GitOpsGateway.ControlPlane.Admin;

/// <summary>A configured source and where its sync stands.</summary>
public sealed record SourceView
{
    public required string Name { get; init; }

    public required string Repository { get; init; }

    public required string Branch { get; init; }

    public required string Folder { get; init; }

    public required TimeSpan PollInterval { get; init; }

    /// <summary>Whether the replica that answered is the one ingesting this source.</summary>
    public required bool LeadingHere { get; init; }

    public string? LastSeenTip { get; init; }

    public DateTimeOffset? LastFetchedAt { get; init; }

    public string? LastIngestedSha { get; init; }

    public DateTimeOffset? LastIngestedAt { get; init; }

    public long IngestedCount { get; init; }

    public long? LastVersionNumber { get; init; }

    /// <summary>The last fetch or ingestion failure; it stands until a whole sync succeeds.</summary>
    public string? LastError { get; init; }

    /// <summary>The commit being retried, then the newest commits skipped after failing (docs/adr/0014).</summary>
    public IReadOnlyList<FailedCommitStatus> FailedCommits { get; init; } = [];

    /// <summary>Every commit this source skipped after failing.</summary>
    public long FailedCount { get; init; }

    public bool InSync { get; init; }

    /// <summary>How many rejections the last ingested commit has (<c>GET /api/v1/sources/{name}/rejections</c> lists them).</summary>
    public int Rejections { get; init; }
}
