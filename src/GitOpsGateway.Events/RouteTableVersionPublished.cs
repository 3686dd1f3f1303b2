namespace GitOpsGateway.Events;

/// <summary>
/// A new route-table version, appended to the versions stream in the same transaction as what produced it.
/// <see cref="Number"/> is the event's position in that stream. Versions are never edited.
/// </summary>
public sealed record RouteTableVersionPublished
{
    public required long Number { get; init; }

    /// <summary>The combined hash of <see cref="Tables"/> (<c>RouteTableHash.Combine</c> of their hashes).</summary>
    public required string Hash { get; init; }

    public required VersionProvenance Provenance { get; init; }

    /// <summary>One per Gateway of the source, sorted by Gateway.</summary>
    public required IReadOnlyList<PublishedTable> Tables { get; init; }

    /// <summary>Every status the compiler produced, sorted by kind, namespace, name.</summary>
    public required IReadOnlyList<PublishedStatus> Statuses { get; init; }

    public required IReadOnlyList<CompileDiagnostic> Diagnostics { get; init; }
}
