using Microsoft.Extensions.Logging;

namespace GitOpsGateway.ControlPlane.Logging;

/// <summary>Log messages of the control plane; event ids 3000-3099 belong to this library and never change meaning.</summary>
internal static partial class ControlPlaneLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Leading source {Source}: this replica ingests it now")]
    public static partial void LeadershipAcquired(ILogger logger, string source);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Lost the leadership of every source: {Reason}")]
    public static partial void LeadershipLost(ILogger logger, string reason);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Source {Source}: ingested commit {Sha} ({ResourceEvents} resource events, {Rejections} rejections, version {Version})")]
    public static partial void CommitIngested(ILogger logger, string source, string sha, int resourceEvents, int rejections, string version);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Source {Source}: sync failed, next try in {Delay}: {Reason}")]
    public static partial void SyncFailed(ILogger logger, string source, TimeSpan delay, string reason);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Debug, Message = "Source {Source}: another replica leads it; notified the leader")]
    public static partial void ForwardedToLeader(ILogger logger, string source);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information, Message = "Webhook {Provider}: push to {Ref} triggers sync of {Sources}")]
    public static partial void WebhookTriggered(ILogger logger, string provider, string @ref, string sources);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Warning, Message = "Webhook {Provider}: rejected a delivery: {Reason}")]
    public static partial void WebhookRejected(ILogger logger, string provider, string reason);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Information, Message = "Webhook {Provider}: push to {Ref} matches no configured source")]
    public static partial void WebhookUnmatched(ILogger logger, string provider, string @ref);

    [LoggerMessage(EventId = 3014, Level = LogLevel.Warning, Message = "Webhook {Provider}: push to {Ref} accepted while the database is unreachable; {Sources} sync when it answers again: {Reason}")]
    public static partial void WebhookWaitingForDatabase(ILogger logger, string provider, string @ref, string sources, string reason);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Information, Message = "Source {Source}: in sync at {Sha}, {Count} commits ingested in {Elapsed} ms")]
    public static partial void Synced(ILogger logger, string source, string sha, int count, long elapsed);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Error, Message = "Source {Source}: sync failed unexpectedly")]
    public static partial void SyncCrashed(ILogger logger, string source, Exception exception);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Information, Message = "Control plane listening: {Sources} sources, admin API and webhooks; its other services start once the database answers")]
    public static partial void Started(ILogger logger, int sources);

    [LoggerMessage(EventId = 3013, Level = LogLevel.Debug, Message = "Source {Source}: up to date at {Sha} ({Elapsed} ms)")]
    public static partial void UpToDate(ILogger logger, string source, string sha, long elapsed);

    [LoggerMessage(EventId = 3050, Level = LogLevel.Warning, Message = "Source {Source}: commit {Sha} failed to ingest (attempt {Attempt} of {Attempts}): {Reason}")]
    public static partial void CommitAttemptFailed(ILogger logger, string source, string sha, int attempt, int attempts, string reason);

    [LoggerMessage(EventId = 3051, Level = LogLevel.Error, Message = "Source {Source}: commit {Sha} recorded as failed and skipped; its objects keep their last good versions: {Reason}")]
    public static partial void CommitSkipped(ILogger logger, string source, string sha, string reason);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Warning, Message = "Source {Source}: lost leadership while ingesting; stopped after {Sha}")]
    public static partial void StoppedNotLeading(ILogger logger, string source, string sha);
}
