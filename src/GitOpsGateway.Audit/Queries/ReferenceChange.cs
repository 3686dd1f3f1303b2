using GitOpsGateway.Audit.References;

namespace GitOpsGateway.Audit.Queries;

/// <summary>A route starting, stopping or changing how it uses a hostname, path or Service, in one view.</summary>
public sealed record ReferenceChange
{
    public required string Subject { get; init; }

    /// <summary>
    /// For a history asked of an exact hostname: the wildcard (<c>*.example.com</c>) or <c>*</c> through which
    /// the route serves that name, when this row is about that pattern; null for rows of the asked value itself.
    /// </summary>
    public string? MatchedPattern { get; init; }

    public required ReferenceView View { get; init; }

    public required ReferenceChangeKind Change { get; init; }

    /// <summary>"KIND/NAMESPACE/NAME".</summary>
    public required string Route { get; init; }

    /// <summary>Served changes only: the Gateway whose table changed.</summary>
    public string? Gateway { get; init; }

    /// <summary>How the route used it before: "rule 0: port 8080 weight 90", "http:80, https:443"; null when it started.</summary>
    public string? Before { get; init; }

    public string? After { get; init; }

    public required string Source { get; init; }

    /// <summary>Served: the version. Declared: the version the commit published, if it published one.</summary>
    public long? VersionNumber { get; init; }

    public string? CommitSha { get; init; }

    public string? Author { get; init; }

    public string? Message { get; init; }

    /// <summary>Served only: what produced the version.</summary>
    public string? Provenance { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }

    public required long Sequence { get; init; }
}
