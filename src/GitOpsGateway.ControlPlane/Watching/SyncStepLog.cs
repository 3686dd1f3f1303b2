using Microsoft.Extensions.Logging;

namespace GitOpsGateway.ControlPlane.Watching;

/// <summary>Where a sync spends its time, for profiling push → served (docs/benchmarks.md).</summary>
internal static partial class SyncStepLog
{
    [LoggerMessage(EventId = 3030, Level = LogLevel.Debug,
        Message = "Source {Source}: commit {Sha} read in {ReadMilliseconds} ms, ingested in {IngestMilliseconds} ms ({SinceFetchMilliseconds} ms after the fetch)")]
    public static partial void CommitSteps(ILogger logger, string source, string sha, long readMilliseconds, long ingestMilliseconds, long sinceFetchMilliseconds);
}
