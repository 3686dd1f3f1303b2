using Marten;

namespace GitOpsGateway.Events.Storage;

/// <summary>
/// The timestamp of the next transaction's events: this process's clock, but never earlier than the newest event
/// already stored (plus one microsecond, PostgreSQL's resolution). Replicas' clocks differ; without the floor a
/// failover to a replica whose clock is behind would stamp a newly created route older than one created before
/// it, and "oldest route wins" (decided by <c>creationTimestamp</c>, the time of the creating event) would pick
/// the newer route. With it, event times never run backwards in the order the events were stored, across every
/// source of the database, so ordering by time and ordering by commit agree whatever the skew (ADR 0013). A
/// clock that runs ahead still moves the floor: later events then sit microseconds after it until it is caught up.
/// </summary>
public static class EventClock
{
    private static readonly TimeSpan Resolution = TimeSpan.FromTicks(TimeSpan.TicksPerMicrosecond);

    public static async Task<DateTimeOffset> NextAsync(IQuerySession session, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow();
        var newest = await NewestStoredAsync(session, cancellationToken);
        return newest is { } floor && floor + Resolution > now ? floor + Resolution : now;
    }

    /// <summary>The timestamp of the event with the highest sequence number (the last one stored), if any.</summary>
    public static async Task<DateTimeOffset?> NewestStoredAsync(IQuerySession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var newest = await session.Events.QueryAllRawEvents()
            .OrderByDescending(@event => @event.Sequence)
            .Take(1)
            .ToListAsync(cancellationToken);
        return newest.Count == 0 ? null : newest[0].Timestamp;
    }
}
