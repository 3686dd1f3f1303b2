namespace GitOpsGateway.Events;

/// <summary>What produced a version: a source's commit, or a command (rollback, replay) that names itself.</summary>
public sealed record VersionProvenance
{
    public required string Source { get; init; }

    public string? CommitSha { get; init; }

    public string? CommandId { get; init; }

    /// <summary>For people: "commit 1a2b3c4 by Ada", "rollback to version 7".</summary>
    public required string Description { get; init; }
}
