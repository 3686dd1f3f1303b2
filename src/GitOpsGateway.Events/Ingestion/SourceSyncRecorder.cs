using GitOpsGateway.Events.Projections;
using Marten;

namespace GitOpsGateway.Events.Ingestion;

/// <summary>
/// Records what the watcher saw of a source's remote (<see cref="SourceSync"/>): the tip it fetched, or why it
/// failed. A fetch leaves the last error standing: the ingestion that follows it may fail again, and only a
/// whole sync that succeeded clears it (<see cref="ClearErrorAsync"/>). The caller writes one source's record
/// from one sync at a time, and awaits the fetch record before any other write.
/// </summary>
public sealed class SourceSyncRecorder(TimeProvider? clock = null)
{
    private readonly TimeProvider clock = clock ?? TimeProvider.System;

    /// <returns>True when an error was standing: clear it once the sync succeeds.</returns>
    public async Task<bool> RecordFetchAsync(IDocumentStore store, string source, string tipSha, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var session = store.LightweightSession();
        var sync = await session.LoadAsync<SourceSync>(source, cancellationToken) ?? new SourceSync { Id = source };
        session.Store(sync with { LastSeenTip = tipSha, LastFetchedAt = clock.GetUtcNow() });
        await session.SaveChangesAsync(cancellationToken);
        return sync.LastError is not null;
    }

    public async Task ClearErrorAsync(IDocumentStore store, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var session = store.LightweightSession();
        if (await session.LoadAsync<SourceSync>(source, cancellationToken) is { LastError: not null } sync)
        {
            session.Store(sync with { LastError = null, LastErrorAt = null });
            await session.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task RecordFailureAsync(IDocumentStore store, string source, string error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var session = store.LightweightSession();
        var sync = await session.LoadAsync<SourceSync>(source, cancellationToken) ?? new SourceSync { Id = source };
        session.Store(sync with { LastError = error, LastErrorAt = clock.GetUtcNow() });
        await session.SaveChangesAsync(cancellationToken);
    }
}
