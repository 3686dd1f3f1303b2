using GitOpsGateway.Events.Projections;
using GitOpsGateway.Events.Storage;
using GitOpsGateway.Events.Versions;
using GitOpsGateway.GatewayApi.Loading;
using GitOpsGateway.Sources;
using GitOpsGateway.Translation;
using Marten;

namespace GitOpsGateway.Events.Ingestion;

/// <summary>
/// Turns commits into events. Each commit is one transaction: <see cref="CommitIngested"/>, the resource events
/// and rejections, and the <see cref="RouteTableVersionPublished"/> it causes, appended with the source stream's
/// expected version, so a concurrent ingestor of the same source fails instead of duplicating anything. Event
/// times come from <see cref="EventClock"/>: the clock, floored at the newest stored event, so skew between
/// replicas never makes a later resource look older.
/// </summary>
public sealed class CommitIngestor(TranslatorOptions? translatorOptions = null, TimeProvider? clock = null)
{
    private readonly VersionPublisher publisher = new(translatorOptions);
    private readonly TimeProvider clock = clock ?? TimeProvider.System;
    private readonly CommitQuarantine quarantine = new(clock ?? TimeProvider.System);

    /// <summary>
    /// Ingests a batch, one session and one transaction per commit, oldest first. Commits already ingested are
    /// skipped, so a batch may be retried after a failure. A concurrency exception means another ingestor
    /// wrote the source meanwhile: the commits before it are saved; fetch again and retry. A commit that fails
    /// for a deterministic reason throws <see cref="CommitIngestionException"/> until it has failed
    /// <see cref="CommitQuarantine.Attempts"/> times, and is then recorded as failed and skipped (docs/adr/0014).
    /// </summary>
    public async Task<IReadOnlyList<CommitOutcome>> IngestAsync(
        IDocumentStore store, SourceDefinition source, IngestBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(batch);
        var outcomes = new List<CommitOutcome>(batch.Commits.Count);
        var forcePushFrom = batch.ForcePushFrom;
        foreach (var commit in batch.Commits)
        {
            CommitOutcome outcome;
            try
            {
                outcome = await IngestOneAsync(store, source, commit, forcePushFrom, cancellationToken);
            }
            catch (Exception exception) when (!IngestionFailures.IsTransient(exception))
            {
                outcome = await quarantine.FailedAsync(store, source, commit, forcePushFrom, exception, cancellationToken);
            }

            outcomes.Add(outcome);
            if (outcome.ForcePush)
            {
                forcePushFrom = null;
            }
        }

        return outcomes;
    }

    private async Task<CommitOutcome> IngestOneAsync(
        IDocumentStore store, SourceDefinition source, SourceCommit commit, string? forcePushFrom, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        var outcome = await IngestCommitAsync(session, source, commit, forcePushFrom, cancellationToken);
        if (outcome.Appended)
        {
            // The source moves on: a failure counted against an earlier attempt no longer stands.
            session.Delete<FailingCommit>(source.Name);
        }

        await session.SaveChangesAsync(cancellationToken);
        return outcome;
    }

    /// <summary>
    /// Appends one commit's events to the session without saving them, for a caller that owns the transaction (a
    /// Wolverine handler). One commit per session: the expected versions are read from the database.
    /// </summary>
    /// <param name="forcePushFrom">
    /// The batch's <see cref="IngestBatch.ForcePushFrom"/>. It is honoured only while the source still stands at
    /// that commit: then <see cref="ForcePushDetected"/> is recorded and the commit is applied even if it was
    /// ingested before the rewrite.
    /// </param>
    public async Task<CommitOutcome> IngestCommitAsync(
        IDocumentSession session, SourceDefinition source, SourceCommit commit, string? forcePushFrom, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(commit);

        var state = await session.LoadAsync<SourceState>(source.Name, cancellationToken) ?? SourceState.Empty(source.Name);
        var forcePush = forcePushFrom is not null
            && string.Equals(state.LastIngestedSha, forcePushFrom, StringComparison.Ordinal)
            && !string.Equals(forcePushFrom, commit.Sha, StringComparison.Ordinal);
        if (!forcePush && await IsIngestedAsync(session, state, commit.Sha, cancellationToken))
        {
            return CommitOutcome.AlreadyIngested(commit.Sha);
        }

        var current = await session.Query<CurrentResource>()
            .Where(resource => resource.Source == source.Name)
            .ToListAsync(cancellationToken);
        var stamp = await EventClock.NextAsync(session, clock, cancellationToken);
        var metadata = EventProvenance.ForCommit(source.Name, commit.Sha, $"{commit.Author.Name} <{commit.Author.Email}>", stamp);
        var loaded = ManifestLoader.Default.Load(commit.Files);
        var changes = ResourceDiff.Compute(current.Select(ResourceSnapshot.From).ToList(), loaded, commit.SkippedEntries, metadata.Timestamp);

        var events = new List<object>();
        if (forcePush)
        {
            events.Add(new ForcePushDetected { PreviousSha = forcePushFrom!, NewSha = commit.Sha });
        }

        events.Add(Ingested(commit, forcePush));
        events.AddRange(changes.Events);
        var stream = EventStreams.ForSource(source.Name);
        metadata.StampOn(session.Events.Append(stream, state.StreamVersion + events.Count, events).Events);

        var version = state.LastVersionHash is not null && !changes.ChangedResources
            ? null
            : await publisher.PublishIfTablesOrStatusesChangedAsync(
                session, ResourceSetBuilder.Build(changes.After, loaded), state.LastVersionHash, state.LastStatusHash, Provenance(source.Name, commit), metadata, cancellationToken);

        return new CommitOutcome
        {
            Sha = commit.Sha,
            Appended = true,
            ResourceEvents = changes.Events.Count(@event => @event is IResourceEvent),
            Rejections = changes.Events.Count(@event => @event is ManifestRejected { Severity: RejectionSeverity.Error }),
            ForcePush = forcePush,
            Version = version,
        };
    }

    private static async Task<bool> IsIngestedAsync(IDocumentSession session, SourceState state, string sha, CancellationToken cancellationToken)
    {
        if (string.Equals(state.LastIngestedSha, sha, StringComparison.Ordinal))
        {
            return true;
        }

        var ingested = await session.LoadAsync<IngestedCommit>(IngestedCommit.IdFor(state.Id, sha), cancellationToken);
        return ingested is not null && ingested.Epoch == state.Epoch;
    }

    private static CommitIngested Ingested(SourceCommit commit, bool forcePush) => new()
    {
        Sha = commit.Sha,
        ParentShas = commit.ParentShas,
        Author = commit.Author,
        Committer = commit.Committer,
        Message = commit.Message,
        ForcePush = forcePush,
    };

    private static VersionProvenance Provenance(string source, SourceCommit commit) => new()
    {
        Source = source,
        CommitSha = commit.Sha,
        Description = $"commit {commit.Sha[..Math.Min(7, commit.Sha.Length)]} by {commit.Author.Name}",
    };
}
