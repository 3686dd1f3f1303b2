using GitOpsGateway.ControlPlane.Resilience;
using GitOpsGateway.Events.Resilience;
using Marten;

namespace GitOpsGateway.ControlPlane.Health;

/// <summary>
/// Ready means the services that need the database have started (<see cref="DatabaseStartup"/>), no background
/// loop is waiting for it, the database answers, and every asynchronous
/// projection has reached the newest event. Today's projections are inline (written in the same transaction as
/// the events), so they are never behind; the check keeps holding if an asynchronous one is added. A loop's
/// outage answers at once (no probe that would wait for a connection timeout) with the time it began.
/// </summary>
internal static class Readiness
{
    private const string HighWaterMarkShard = "HighWaterMark";

    public static async Task<string?> WhyNotReadyAsync(IDocumentStore store, DependencyOutages outages, DatabaseStartup startup, CancellationToken cancellationToken)
    {
        if (outages.WhyNotReady() is { } waiting)
        {
            return waiting;
        }

        if (!startup.Completed)
        {
            return "Waiting for the database: applying the schema and starting the services that need it";
        }

        try
        {
            var statistics = await store.Advanced.FetchEventStoreStatistics(token: cancellationToken);
            var progress = await store.Advanced.AllProjectionProgress(token: cancellationToken);
            var behind = progress
                .Where(shard => !shard.ShardName.StartsWith(HighWaterMarkShard, StringComparison.Ordinal))
                .Where(shard => shard.Sequence < statistics.EventSequenceNumber)
                .Select(shard => $"{shard.ShardName} at {shard.Sequence} of {statistics.EventSequenceNumber}")
                .ToList();
            return behind.Count == 0 ? null : "Projections are catching up: " + string.Join(", ", behind);
        }
        catch (Exception exception) when (TransientFailure.IsTransient(exception))
        {
            return "Waiting for the database: unreachable since this check: " + TransientFailure.Describe(exception);
        }
    }
}
