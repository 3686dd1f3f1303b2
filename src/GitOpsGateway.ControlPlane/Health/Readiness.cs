using Marten;
using Npgsql;

namespace GitOpsGateway.ControlPlane.Health;

/// <summary>
/// Ready means the database answers and every asynchronous projection has reached the newest event. Today's
/// projections are inline (written in the same transaction as the events), so they are never behind; the check
/// keeps holding if an asynchronous one is added.
/// </summary>
internal static class Readiness
{
    private const string HighWaterMarkShard = "HighWaterMark";

    public static async Task<string?> WhyNotReadyAsync(IDocumentStore store, CancellationToken cancellationToken)
    {
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
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return "The database is unreachable: " + exception.Message;
        }
    }
}
