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

    /// <summary>
    /// The hash of <see cref="Statuses"/> and <see cref="Diagnostics"/>: a commit that changes only what the compiler
    /// says about the objects (a route refused, a new generation observed) publishes a version too, with the same
    /// tables. Null in versions published before statuses were hashed.
    /// </summary>
    public string? StatusHash { get; init; }

    public required VersionProvenance Provenance { get; init; }

    /// <summary>One per Gateway of the source, sorted by Gateway.</summary>
    public required IReadOnlyList<PublishedTable> Tables { get; init; }

    /// <summary>Every status the compiler produced, sorted by kind, namespace, name.</summary>
    public required IReadOnlyList<PublishedStatus> Statuses { get; init; }

    public required IReadOnlyList<CompileDiagnostic> Diagnostics { get; init; }
}
