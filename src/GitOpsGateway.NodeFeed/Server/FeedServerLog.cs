using Microsoft.Extensions.Logging;

namespace GitOpsGateway.NodeFeed.Server;

/// <summary>Log messages of the feed endpoints; event ids 5000-5019 belong to them and never change meaning.</summary>
internal static partial class FeedServerLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Node {Node} of Gateway {Gateway} connected to the feed (last event id {LastEventId})")]
    public static partial void NodeConnected(ILogger logger, string node, string gateway, string? lastEventId);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Node {Node} of Gateway {Gateway} left the feed")]
    public static partial void NodeDisconnected(ILogger logger, string node, string gateway);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Debug, Message = "Sent version {Version} ({Hash}) to node {Node} of Gateway {Gateway}")]
    public static partial void VersionSent(ILogger logger, long version, string hash, string node, string gateway);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Debug, Message = "Node {Node} of Gateway {Gateway} reconnected on version {Version} it reported running; not resent")]
    public static partial void ResendSkipped(ILogger logger, string node, string gateway, long version);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Warning, Message = "Refused a node-feed request to {Path}: missing or unknown bearer token")]
    public static partial void Unauthorized(ILogger logger, string path);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Warning, Message = "No node tokens are configured: every node-feed request is refused")]
    public static partial void NoNodeTokens(ILogger logger);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Error, Message = "The feed of Gateway {Gateway} to node {Node} failed; the node will reconnect")]
    public static partial void FeedFailed(ILogger logger, Exception exception, string gateway, string node);

    [LoggerMessage(EventId = 5008, Level = LogLevel.Information, Message = "Node {Node} of Gateway {Gateway} reports version {Version} with {ErrorCount} errors")]
    public static partial void ReportReceived(ILogger logger, string node, string gateway, long? version, int errorCount);

    [LoggerMessage(EventId = 5009, Level = LogLevel.Warning, Message = "Refused a node report: {Reason}")]
    public static partial void ReportRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 5010, Level = LogLevel.Warning, Message = "Node {Node} of Gateway {Gateway}: report not stored, answered 503: {Reason}")]
    public static partial void ReportNotStored(ILogger logger, string node, string gateway, string reason);

    [LoggerMessage(EventId = 5011, Level = LogLevel.Information, Message = "Node {Node} of Gateway {Gateway} reconnected; its last report cannot be read ({Reason}), so the version in force is sent again")]
    public static partial void ReportUnreadable(ILogger logger, string node, string gateway, string reason);
}
