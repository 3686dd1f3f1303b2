using JasperFx.Events;

namespace GitOpsGateway.Events.Storage;

/// <summary>
/// The metadata stamped on every event of one transaction: headers naming the source, commit and author,
/// correlation and causation ids, and one timestamp (known before saving, so creation times can be compiled).
/// </summary>
public sealed record EventProvenance
{
    private readonly DateTimeOffset timestamp;

    public required string Source { get; init; }

    public string? CommitSha { get; init; }

    public string? Author { get; init; }

    public required string CorrelationId { get; init; }

    public required string CausationId { get; init; }

    /// <summary>
    /// Cut to whole microseconds, as PostgreSQL stores it: inline projections see this value at append time and a
    /// rebuild sees the stored one, and both must write the same read models (ADR 0010).
    /// </summary>
    public required DateTimeOffset Timestamp
    {
        get => timestamp;
        init => timestamp = value.AddTicks(-(value.Ticks % TimeSpan.TicksPerMicrosecond));
    }

    public static EventProvenance ForCommit(string source, string commitSha, string author, DateTimeOffset timestamp) => new()
    {
        Source = source,
        CommitSha = commitSha,
        Author = author,
        CorrelationId = ProvenanceHeaders.CorrelationId(source, commitSha),
        CausationId = ProvenanceHeaders.CausationId(commitSha),
        Timestamp = timestamp,
    };

    public void StampOn(IEnumerable<IEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var @event in events)
        {
            @event.Timestamp = Timestamp;
            @event.CorrelationId = CorrelationId;
            @event.CausationId = CausationId;
            @event.SetHeader(ProvenanceHeaders.Source, Source);
            if (CommitSha is not null)
            {
                @event.SetHeader(ProvenanceHeaders.Commit, CommitSha);
            }

            if (Author is not null)
            {
                @event.SetHeader(ProvenanceHeaders.Author, Author);
            }
        }
    }
}
