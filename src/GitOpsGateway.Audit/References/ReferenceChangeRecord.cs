namespace GitOpsGateway.Audit.References;

/// <summary>
/// A route starting, stopping or changing how it refers to a hostname, path or Service, in one view. The row the
/// history of a value is read from (index on <see cref="Subject"/>, <see cref="RecordedAt"/>, <see cref="Sequence"/>, <see cref="Ordinal"/>).
/// </summary>
public sealed record ReferenceChangeRecord
{
    /// <summary>"SEQUENCE/ORDINAL".</summary>
    public required string Id { get; init; }

    /// <summary><see cref="ReferenceSubject.Key"/>: "hostname:shop.example.com".</summary>
    public required string Subject { get; init; }

    public required ReferenceView View { get; init; }

    public required ReferenceChangeKind Change { get; init; }

    public required string Route { get; init; }

    /// <summary>Served rows only.</summary>
    public string? Gateway { get; init; }

    public string? Before { get; init; }

    public string? After { get; init; }

    public required string Source { get; init; }

    /// <summary>The sequence of the event that caused it: a resource event (declared) or a version (served).</summary>
    public required long Sequence { get; init; }

    /// <summary>Position among the rows of that event.</summary>
    public required int Ordinal { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }

    public string? CommitSha { get; init; }

    public string? Author { get; init; }

    /// <summary>Served rows: the version. Declared rows: read from the commit at query time.</summary>
    public long? VersionNumber { get; init; }

    /// <summary>Served rows: what produced the version ("commit 1a2b3c4 by Ada", "rollback to version 7").</summary>
    public string? Provenance { get; init; }

    internal static IEnumerable<ReferenceChangeRecord> For(ReferenceView view, IReadOnlyList<ReferenceFactChange> changes, ReferenceRowOrigin origin) =>
        changes.Select((change, ordinal) => new ReferenceChangeRecord
        {
            Id = $"{origin.Sequence}/{ordinal}",
            Subject = ReferenceSubject.For(change.Fact.Dimension, change.Fact.Value),
            View = view,
            Change = change.Kind,
            Route = change.Fact.Route,
            Gateway = change.Fact.Gateway,
            Before = change.Before?.Detail,
            After = change.After?.Detail,
            Source = origin.Source,
            Sequence = origin.Sequence,
            Ordinal = ordinal,
            RecordedAt = origin.RecordedAt,
            CommitSha = origin.CommitSha,
            Author = origin.Author,
            VersionNumber = origin.VersionNumber,
            Provenance = origin.Provenance,
        });
}
