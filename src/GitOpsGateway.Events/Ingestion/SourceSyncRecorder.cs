using GitOpsGateway.Events.Projections;
using Marten;

namespace GitOpsGateway.Events.Ingestion;

/// <summary>Records what the watcher saw of a source's remote (<see cref="SourceSync"/>): the tip it fetched, or why it failed.</summary>
public sealed class SourceSyncRecorder(TimeProvider? clock = null)
{
    private readonly TimeProvider clock = clock ?? TimeProvider.System;

    public async Task RecordFetchAsync(IDocumentStore store, string source, string tipSha, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var session = store.LightweightSession();
        var sync = await session.LoadAsync<SourceSync>(source, cancellationToken) ?? new SourceSync { Id = source };
        session.Store(sync with { LastSeenTip = tipSha, LastFetchedAt = clock.GetUtcNow(), LastError = null, LastErrorAt = null });
        await session.SaveChangesAsync(cancellationToken);
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
