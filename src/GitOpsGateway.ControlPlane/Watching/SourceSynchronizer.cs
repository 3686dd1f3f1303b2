using System.Collections.Concurrent;
using System.Diagnostics;
using GitOpsGateway.ControlPlane.Commands;
using GitOpsGateway.ControlPlane.Configuration;
using GitOpsGateway.ControlPlane.Leadership;
using GitOpsGateway.ControlPlane.Logging;
using GitOpsGateway.ControlPlane.Telemetry;
using GitOpsGateway.Events.Ingestion;
using GitOpsGateway.Events.Resilience;
using GitOpsGateway.Events.Projections;
using GitOpsGateway.Sources;
using GitOpsGateway.Sources.Git;
using GitOpsGateway.Translation;
using Marten;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.ControlPlane.Watching;

/// <summary>
/// Fetches a source and ingests its new commits in order, one transaction per commit, resuming after the last
/// ingested commit recorded in the event store: a crash loses at most the commit in flight, which the next sync
/// ingests again. Only the source's leader ingests; elsewhere the sync is forwarded to the leader.
/// </summary>
public sealed class SourceSynchronizer(
    ControlPlaneSettings settings,
    SourceLeadership leadership,
    IDocumentStore store,
    ILoggerFactory loggerFactory) : IDisposable
{
    private readonly ConcurrentDictionary<string, SourceSlot> slots = new(StringComparer.Ordinal);
    private readonly CommitIngestor ingestor = new(settings.TranslatorOptions);
    private readonly SourceSyncRecorder recorder = new();
    private readonly ILogger logger = loggerFactory.CreateLogger<SourceSynchronizer>();

    public async Task<SyncOutcome> SyncAsync(string sourceName, CancellationToken cancellationToken)
    {
        if (settings.FindSource(sourceName) is not { } source)
        {
            return new SyncOutcome(sourceName, SyncStatus.UnknownSource) { Error = $"No source named '{sourceName}' is configured." };
        }

        if (!leadership.IsLeading(source.Name))
        {
            await leadership.NotifyLeaderAsync(source.Name, cancellationToken);
            ControlPlaneLog.ForwardedToLeader(logger, source.Name);
            return new SyncOutcome(source.Name, SyncStatus.ForwardedToLeader);
        }

        var slot = slots.GetOrAdd(source.Name, _ => new SourceSlot(new GitSourceReader(
            source.Definition, Path.Combine(settings.StateDirectory, "sources", source.Name), source.Credentials, loggerFactory.CreateLogger<GitSourceReader>())));
        await slot.Gate.WaitAsync(cancellationToken);
        using var activity = ControlPlaneTelemetry.Activities.StartActivity("sync " + source.Name);
        var stopwatch = Stopwatch.StartNew();
        try
        {
            var outcome = await SyncLeadingAsync(source, slot.Reader, cancellationToken);
            activity?.SetTag("gitops_gateway.commits", outcome.Ingested);
            if (outcome.Ingested > 0)
            {
                ControlPlaneLog.Synced(logger, source.Name, outcome.Tip ?? "-", outcome.Ingested, stopwatch.ElapsedMilliseconds);
            }
            else
            {
                ControlPlaneLog.UpToDate(logger, source.Name, outcome.Tip ?? "-", stopwatch.ElapsedMilliseconds);
            }

            return outcome;
        }
        catch (GitSourceUnavailableException exception)
        {
            return await FailedAsync(source.Name, SyncStatus.Unavailable, exception.Message, cancellationToken);
        }
        catch (CommitIngestionException exception)
        {
            ControlPlaneTelemetry.CommitAttemptsFailed.Add(1, new KeyValuePair<string, object?>("source", source.Name));
            ControlPlaneLog.CommitAttemptFailed(logger, source.Name, exception.Sha, exception.Attempt, exception.AttemptsBeforeSkipping, exception.Reason);
            return await FailedAsync(source.Name, SyncStatus.Failed, exception.Message, cancellationToken);
        }
        catch (Exception exception) when (TransientFailure.IsTransient(exception) && !cancellationToken.IsCancellationRequested)
        {
            return await FailedAsync(source.Name, SyncStatus.DatabaseUnavailable, TransientFailure.Describe(exception), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            ControlPlaneLog.SyncCrashed(logger, source.Name, exception);
            return await FailedAsync(source.Name, SyncStatus.Failed, exception.Message, cancellationToken);
        }
        finally
        {
            ControlPlaneTelemetry.SyncDuration.Record(stopwatch.Elapsed.TotalMilliseconds, new KeyValuePair<string, object?>("source", source.Name));
            slot.Gate.Release();
        }
    }

    public void Dispose()
    {
        foreach (var slot in slots.Values)
        {
            slot.Dispose();
        }
    }

    private async Task<SyncOutcome> SyncLeadingAsync(WatchedSource source, GitSourceReader reader, CancellationToken cancellationToken)
    {
        var tip = await reader.FetchAsync(cancellationToken);
        var fetched = Stopwatch.GetTimestamp();

        // The fetch record is status for people: a new commit's version does not wait for its round trips. It
        // keeps the last error, so a failure stays visible while the commit that caused it is retried.
        var recordFetch = recorder.RecordFetchAsync(store, source.Name, tip, cancellationToken);
        SyncOutcome outcome;
        try
        {
            outcome = await IngestNewCommitsAsync(source, reader, tip, fetched, cancellationToken);
        }
        finally
        {
            await recordFetch;
        }

        if (!outcome.IsFailure && await recordFetch)
        {
            await recorder.ClearErrorAsync(store, source.Name, cancellationToken);
        }

        return outcome;
    }

    private async Task<SyncOutcome> IngestNewCommitsAsync(WatchedSource source, GitSourceReader reader, string tip, long fetched, CancellationToken cancellationToken)
    {
        string? lastIngested;
        await using (var session = store.QuerySession())
        {
            lastIngested = (await session.LoadAsync<SourceState>(source.Name, cancellationToken))?.LastIngestedSha;
        }

        var ingested = 0;
        long? latestVersion = null;
        var max = lastIngested is null ? settings.InitialHistoryDepth : settings.BatchSize;
        for (var pending = reader.FindNewCommits(lastIngested, max); pending.Shas.Count > 0; pending = reader.FindNewCommits(lastIngested, settings.BatchSize))
        {
            foreach (var sha in pending.Shas)
            {
                if (!leadership.IsLeading(source.Name))
                {
                    ControlPlaneLog.StoppedNotLeading(logger, source.Name, lastIngested ?? "(none)");
                    return new SyncOutcome(source.Name, SyncStatus.Failed) { Tip = tip, Ingested = ingested, LatestVersion = latestVersion, Error = "Lost the leadership while ingesting." };
                }

                var started = Stopwatch.GetTimestamp();
                var commit = reader.ReadCommit(sha, cancellationToken).Commit;
                var read = Stopwatch.GetTimestamp();
                var outcome = await IngestAsync(source.Definition, commit, pending.ForcePushFrom, cancellationToken);
                SyncStepLog.CommitSteps(
                    logger, source.Name, sha, (long)Stopwatch.GetElapsedTime(started, read).TotalMilliseconds,
                    (long)Stopwatch.GetElapsedTime(read).TotalMilliseconds, (long)Stopwatch.GetElapsedTime(fetched).TotalMilliseconds);
                lastIngested = sha;
                ingested += outcome.Appended ? 1 : 0;
                latestVersion = outcome.Version?.Number ?? latestVersion;
            }

            if (string.Equals(lastIngested, tip, StringComparison.Ordinal))
            {
                break;
            }
        }

        return new SyncOutcome(source.Name, ingested > 0 ? SyncStatus.Ingested : SyncStatus.UpToDate)
        {
            Tip = tip,
            Ingested = ingested,
            LatestVersion = latestVersion,
        };
    }

    private async Task<CommitOutcome> IngestAsync(SourceDefinition source, SourceCommit commit, string? forcePushFrom, CancellationToken cancellationToken)
    {
        var outcome = (await ingestor.IngestAsync(store, source, new IngestBatch([commit], forcePushFrom), cancellationToken))[0];
        if (outcome.Failure is { } failure)
        {
            ControlPlaneTelemetry.CommitsSkipped.Add(1, new KeyValuePair<string, object?>("source", source.Name));
            ControlPlaneLog.CommitSkipped(logger, source.Name, commit.Sha, failure);
        }
        else if (outcome.Appended)
        {
            ControlPlaneTelemetry.CommitsIngested.Add(1, new KeyValuePair<string, object?>("source", source.Name));
            ControlPlaneLog.CommitIngested(
                logger, source.Name, commit.Sha, outcome.ResourceEvents, outcome.Rejections, outcome.Version?.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unchanged");
        }

        return outcome;
    }

    private async Task<SyncOutcome> FailedAsync(string source, SyncStatus status, string error, CancellationToken cancellationToken)
    {
        ControlPlaneTelemetry.SyncFailures.Add(1, new KeyValuePair<string, object?>("source", source));
        try
        {
            await recorder.RecordFailureAsync(store, source, error, cancellationToken);
        }
        catch (Exception exception) when (TransientFailure.IsTransient(exception))
        {
            // The database is what failed; the watcher logs the outcome, retries and records the next one.
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            ControlPlaneLog.SyncCrashed(logger, source, exception);
        }

        return new SyncOutcome(source, status) { Error = error };
    }
}
