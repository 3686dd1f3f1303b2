using Microsoft.Extensions.Logging;

namespace GitOpsGateway.NodeFeed.Client;

/// <summary>Log messages of the node side of the feed; event ids 5020-5049 belong to it and never change meaning.</summary>
internal static partial class FeedSubscriberLog
{
    [LoggerMessage(EventId = 5020, Level = LogLevel.Information, Message = "Connected to the feed of Gateway {Gateway} at {ControlPlane}")]
    public static partial void Connected(ILogger logger, string gateway, Uri controlPlane);

    [LoggerMessage(EventId = 5021, Level = LogLevel.Warning, Message = "Feed of Gateway {Gateway} unavailable ({Failures} failures in a row), retrying in {Delay}: {Reason}")]
    public static partial void ConnectionFailed(ILogger logger, string gateway, int failures, TimeSpan delay, string reason);

    [LoggerMessage(EventId = 5022, Level = LogLevel.Information, Message = "Applied version {Version} ({Hash}) of Gateway {Gateway}")]
    public static partial void Applied(ILogger logger, long version, string hash, string gateway);

    [LoggerMessage(EventId = 5023, Level = LogLevel.Error, Message = "Refused version {Version} of Gateway {Gateway}; still serving {Serving}: {Errors}")]
    public static partial void Refused(ILogger logger, long? version, string gateway, long? serving, string errors);

    [LoggerMessage(EventId = 5024, Level = LogLevel.Warning, Message = "Could not report to the control plane; will report again after reconnecting: {Reason}")]
    public static partial void ReportFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 5025, Level = LogLevel.Information, Message = "Starting from last-known-good version {Version} of Gateway {Gateway}")]
    public static partial void StartingFromLastKnownGood(ILogger logger, long version, string gateway);

    [LoggerMessage(EventId = 5026, Level = LogLevel.Warning, Message = "Could not save version {Version} as last-known-good: {Reason}")]
    public static partial void SaveFailed(ILogger logger, long version, string reason);

    [LoggerMessage(EventId = 5027, Level = LogLevel.Debug, Message = "Ignored a feed event of type {Type}")]
    public static partial void UnknownEvent(ILogger logger, string type);

    [LoggerMessage(EventId = 5028, Level = LogLevel.Error, Message = "The apply callback threw on version {Version}")]
    public static partial void ApplyThrew(ILogger logger, Exception exception, long version);

    [LoggerMessage(EventId = 5029, Level = LogLevel.Information, Message = "Saved version {Version} as last-known-good after earlier failures")]
    public static partial void SavedAfterFailure(ILogger logger, long version);
}
