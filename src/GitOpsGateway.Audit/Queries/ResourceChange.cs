using GitOpsGateway.Audit.Diffing;
using GitOpsGateway.Audit.Resources;

namespace GitOpsGateway.Audit.Queries;

/// <summary>
/// One change of one object, as <c>ggctl history</c> shows it. A rename is a deletion of the old name
/// (<see cref="RenamedTo"/>) and a creation of the new one (<see cref="RenamedFrom"/>, diffed against the old).
/// </summary>
public sealed record ResourceChange
{
    public required ResourceRef Resource { get; init; }

    public required string Source { get; init; }

    public required ResourceChangeType Change { get; init; }

    public required long Generation { get; init; }

    /// <summary>The version the commit published; null when the commit did not change the compiled tables.</summary>
    public long? VersionNumber { get; init; }

    public string? CommitSha { get; init; }

    public string? Author { get; init; }

    /// <summary>Git's author time.</summary>
    public DateTimeOffset? AuthoredAt { get; init; }

    public string? Message { get; init; }

    /// <summary>When the change was ingested.</summary>
    public required DateTimeOffset RecordedAt { get; init; }

    public required string File { get; init; }

    public int Line { get; init; }

    public required IReadOnlyList<ManifestChange> Diff { get; init; }

    public int OmittedChanges { get; init; }

    public string? RenamedFrom { get; init; }

    public string? RenamedTo { get; init; }

    /// <summary>The event's global sequence: a stable order and identity.</summary>
    public required long Sequence { get; init; }
}
