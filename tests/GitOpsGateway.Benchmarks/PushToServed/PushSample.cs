namespace GitOpsGateway.Benchmarks.PushToServed;

/// <summary>
/// One push, each step in milliseconds after the end of <c>git push</c> (null when its log line was not found):
/// what the control plane and each node logged, and when the benchmark first saw each node serve the new revision.
/// </summary>
internal sealed record PushSample(
    double? WebhookReceived,
    double? FetchDone,
    double? IngestCommitted,
    double? VersionPublished,
    double? FeedEventSent,
    double? NodeApplied,
    double ServedByEveryNode)
{
    /// <summary>Reading the commit's files, and the ingest transaction, as the control plane timed them (Debug event 3030).</summary>
    public (double Read, double Ingest)? CommitSteps { get; init; }
}
