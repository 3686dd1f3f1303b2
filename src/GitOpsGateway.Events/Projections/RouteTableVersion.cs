namespace GitOpsGateway.Events.Projections;

/// <summary>A published version, as a document: everything of <see cref="RouteTableVersionPublished"/> plus when it was created.</summary>
public sealed record RouteTableVersion
{
    /// <summary>The version number.</summary>
    public required long Id { get; init; }

    public required string Hash { get; init; }

    /// <summary>See <see cref="RouteTableVersionPublished.StatusHash"/>.</summary>
    public string? StatusHash { get; init; }

    public required VersionProvenance Provenance { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required IReadOnlyList<PublishedTable> Tables { get; init; }

    public required IReadOnlyList<PublishedStatus> Statuses { get; init; }

    public required IReadOnlyList<CompileDiagnostic> Diagnostics { get; init; }
}
