using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GitOpsGateway.ControlPlane.Telemetry;

/// <summary>The control plane's OpenTelemetry sources: one activity per sync, counters for commits and failures.</summary>
public static class ControlPlaneTelemetry
{
    public const string Name = "GitOpsGateway.ControlPlane";

    internal static readonly ActivitySource Activities = new(Name);

    private static readonly Meter Meter = new(Name);

    internal static readonly Counter<long> CommitsIngested =
        Meter.CreateCounter<long>("gitops_gateway.commits_ingested", description: "Commits appended to the event store");

    internal static readonly Counter<long> SyncFailures =
        Meter.CreateCounter<long>("gitops_gateway.sync_failures", description: "Syncs that ended with the remote unavailable or an error");

    internal static readonly Counter<long> CommitAttemptsFailed =
        Meter.CreateCounter<long>("gitops_gateway.commit_attempts_failed", description: "Attempts to ingest a commit that failed for a deterministic reason (the commit is retried)");

    internal static readonly Counter<long> CommitsSkipped =
        Meter.CreateCounter<long>("gitops_gateway.commits_skipped", description: "Commits recorded as failed and skipped after their attempts ran out");

    /// <summary>Exported as <c>gitops_gateway_webhook_signature_failures_total</c> by Prometheus-style exporters; tags source and provider.</summary>
    internal static readonly Counter<long> WebhookSignatureFailures =
        Meter.CreateCounter<long>("gitops_gateway.webhook_signature_failures", description: "Webhook deliveries whose signature or token did not match the source's secret");

    internal static readonly Histogram<double> SyncDuration =
        Meter.CreateHistogram<double>("gitops_gateway.sync_duration", unit: "ms", description: "Fetch plus ingestion of one sync");
}
