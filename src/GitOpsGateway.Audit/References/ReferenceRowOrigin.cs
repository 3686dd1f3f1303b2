namespace GitOpsGateway.Audit.References;

/// <summary>The event a batch of reference rows comes from.</summary>
internal sealed record ReferenceRowOrigin
{
    public required string Source { get; init; }

    public required long Sequence { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }

    public string? CommitSha { get; init; }

    public string? Author { get; init; }

    public long? VersionNumber { get; init; }

    public string? Provenance { get; init; }
}
