using GitOpsGateway.Events.Projections;
using GitOpsGateway.Events.Storage;
using GitOpsGateway.Sources;
using Marten;

namespace GitOpsGateway.Events.Ingestion;

/// <summary>
/// Counts a commit's deterministic failures (<see cref="FailingCommit"/>) and, at the <see cref="Attempts"/>th,
/// records it as <see cref="CommitFailed"/> in a session of its own, which moves the source past it like a
/// commit whose files all failed to load: every object keeps its last good version (docs/adr/0014).
/// </summary>
internal sealed class CommitQuarantine(TimeProvider clock)
{
    /// <summary>Failed attempts of one commit before it is skipped: a failure that looked deterministic once may still pass.</summary>
    public const int Attempts = 3;

    /// <returns>The outcome of a skipped commit.</returns>
    /// <exception cref="CommitIngestionException">The commit has failed fewer than <see cref="Attempts"/> times; retry it later.</exception>
    public async Task<CommitOutcome> FailedAsync(
        IDocumentStore store, SourceDefinition source, SourceCommit commit, string? forcePushFrom, Exception failure, CancellationToken cancellationToken)
    {
        var reason = IngestionFailures.Describe(failure);
        var now = clock.GetUtcNow();
        await using var session = store.LightweightSession();
        var failing = await session.LoadAsync<FailingCommit>(source.Name, cancellationToken);
        var again = failing is not null && string.Equals(failing.Sha, commit.Sha, StringComparison.Ordinal);
        var attempt = again ? failing!.Attempts + 1 : 1;
        var firstFailedAt = again ? failing!.FirstFailedAt : now;
        if (attempt < Attempts)
        {
            session.Store(new FailingCommit
            {
                Id = source.Name,
                Sha = commit.Sha,
                Attempts = attempt,
                Reason = reason,
                FirstFailedAt = firstFailedAt,
                LastFailedAt = now,
            });
            await session.SaveChangesAsync(cancellationToken);
            throw new CommitIngestionException(source.Name, commit.Sha, attempt, Attempts, reason, failure);
        }

        var state = await session.LoadAsync<SourceState>(source.Name, cancellationToken) ?? SourceState.Empty(source.Name);
        var forcePush = IsForcePush(state, forcePushFrom, commit.Sha);
        var events = new List<object>();
        if (forcePush)
        {
            events.Add(new ForcePushDetected { PreviousSha = forcePushFrom!, NewSha = commit.Sha });
        }

        events.Add(new CommitFailed
        {
            Sha = commit.Sha,
            ParentShas = commit.ParentShas,
            Author = commit.Author,
            Committer = commit.Committer,
            Message = commit.Message,
            Reason = reason,
            Attempts = attempt,
            FirstFailedAt = firstFailedAt,
            ForcePush = forcePush,
        });
        var metadata = EventProvenance.ForCommit(source.Name, commit.Sha, $"{commit.Author.Name} <{commit.Author.Email}>", now);
        metadata.StampOn(session.Events.Append(EventStreams.ForSource(source.Name), state.StreamVersion + events.Count, events).Events);
        session.Delete<FailingCommit>(source.Name);
        await session.SaveChangesAsync(cancellationToken);
        return new CommitOutcome { Sha = commit.Sha, Appended = true, ForcePush = forcePush, Failure = reason };
    }

    // The same rule as CommitIngestor's: a force-push is honoured only while the source still stands at its origin.
    private static bool IsForcePush(SourceState state, string? forcePushFrom, string sha) =>
        forcePushFrom is not null
        && string.Equals(state.LastIngestedSha, forcePushFrom, StringComparison.Ordinal)
        && !string.Equals(forcePushFrom, sha, StringComparison.Ordinal);
}
