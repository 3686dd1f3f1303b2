namespace GitOpsGateway.Audit.References;

/// <summary>
/// The served facts of a source's latest version and each Gateway's table hash in it: what the next version is
/// compared with.
/// </summary>
public sealed record ServedReferenceState
{
    /// <summary>The source's name.</summary>
    public required string Id { get; init; }

    public required long VersionNumber { get; init; }

    /// <summary>Gateway "namespace/name" → its table hash in <see cref="VersionNumber"/>.</summary>
    public required IReadOnlyDictionary<string, string> TableHashes { get; init; }

    public required IReadOnlyList<ReferenceFact> Facts { get; init; }
}
