using GitOpsGateway.Audit.Diffing;

namespace GitOpsGateway.Audit.Resources;

/// <summary>
/// One change of one object, kept inline from its resource event: the row the history of an object is read from
/// (index on <see cref="ResourceKey"/>, <see cref="RecordedAt"/>, <see cref="Id"/>). Commit message and version come from
/// <see cref="Commits.AuditCommit"/> at read time.
/// </summary>
public sealed record ResourceChangeRecord
{
    /// <summary>The event's global sequence number: unique, and the order of history.</summary>
    public required long Id { get; init; }

    /// <summary>"KIND/NAMESPACE/NAME" (<see cref="ResourceRef.Key"/>).</summary>
    public required string ResourceKey { get; init; }

    public required string Source { get; init; }

    public required string Kind { get; init; }

    public required string Namespace { get; init; }

    public required string Name { get; init; }

    public required ResourceChangeType Change { get; init; }

    public required long Generation { get; init; }

    public string? CommitSha { get; init; }

    /// <summary>"Name &lt;email&gt;" from the event's provenance header.</summary>
    public string? Author { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }

    public required string File { get; init; }

    public int Line { get; init; }

    public required IReadOnlyList<ManifestChange> Diff { get; init; }

    public int OmittedChanges { get; init; }

    /// <summary>Set on a creation that reads as the rename of this object ("KIND/NAMESPACE/NAME").</summary>
    public string? RenamedFrom { get; init; }

    /// <summary>Set on a deletion that reads as a rename to that object.</summary>
    public string? RenamedTo { get; init; }
}
