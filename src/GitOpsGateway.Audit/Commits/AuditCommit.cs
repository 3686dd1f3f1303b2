using GitOpsGateway.Sources;

namespace GitOpsGateway.Audit.Commits;

/// <summary>
/// An ingested commit with what people ask about it: who, when, why, and the version it published. History rows
/// name the commit; queries read these by id for the page they return.
/// </summary>
public sealed record AuditCommit
{
    /// <summary>"SOURCE@SHA" (<see cref="IdFor"/>). A commit ingested again after a force-push replaces its row.</summary>
    public required string Id { get; init; }

    public required string Source { get; init; }

    public required string Sha { get; init; }

    public required CommitSignature Author { get; init; }

    public required CommitSignature Committer { get; init; }

    public required string Message { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }

    /// <summary>The version this commit published; null when its compiled tables equalled the previous version's.</summary>
    public long? VersionNumber { get; init; }

    public static string IdFor(string source, string sha) => $"{source}@{sha}";
}
