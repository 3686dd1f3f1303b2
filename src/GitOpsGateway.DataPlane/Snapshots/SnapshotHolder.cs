namespace GitOpsGateway.DataPlane.Snapshots;

/// <summary>
/// The one current snapshot. A swap is a single reference exchange, so a request sees either the old table or
/// the new one, never a mix; a request takes a lease on what it read so the old table's clusters stay in YARP
/// until it finishes.
/// </summary>
internal sealed class SnapshotHolder
{
    private TableSnapshot? _current;

    public TableSnapshot? Current => Volatile.Read(ref _current);

    /// <summary>The current snapshot with a lease taken on it; null before the first table. Release with <see cref="TableSnapshot.ReleaseLease"/>.</summary>
    public TableSnapshot? Acquire()
    {
        while (true)
        {
            var snapshot = Volatile.Read(ref _current);
            if (snapshot is null)
            {
                return null;
            }

            snapshot.AddLease();

            // A swap between the read and the lease may already have retired this snapshot and seen no lease on it:
            // give it back and take the new one, which no drain can be waiting for.
            if (ReferenceEquals(snapshot, Volatile.Read(ref _current)))
            {
                return snapshot;
            }

            snapshot.ReleaseLease();
        }
    }

    /// <summary>Makes <paramref name="next"/> current and retires the previous snapshot, which is returned.</summary>
    public TableSnapshot? Swap(TableSnapshot next)
    {
        var previous = Interlocked.Exchange(ref _current, next);
        previous?.Retire();
        return previous;
    }
}
