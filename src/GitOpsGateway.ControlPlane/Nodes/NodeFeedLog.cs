using Microsoft.Extensions.Logging;

namespace GitOpsGateway.ControlPlane.Nodes;

/// <summary>Log messages of the control plane's side of the node feed: event ids 3080-3089 of the control plane's range (3082 and 3084, retries of the feed's loops, are retired: those loops log 3090/3091 now).</summary>
internal static partial class NodeFeedLog
{
    [LoggerMessage(EventId = 3080, Level = LogLevel.Information, Message = "Gateway {Gateway}: version {Version} is active for nodes ({Provenance})")]
    public static partial void VersionActive(ILogger logger, string gateway, long version, string provenance);

    [LoggerMessage(EventId = 3081, Level = LogLevel.Information, Message = "Gateway {Gateway}: no active version any more; nodes keep their last table")]
    public static partial void VersionWithdrawn(ILogger logger, string gateway);

    [LoggerMessage(EventId = 3083, Level = LogLevel.Warning, Message = "Gateway {Gateway}: version {Version} cannot be offered to nodes: {Reason}")]
    public static partial void VersionUnreadable(ILogger logger, string gateway, long version, string reason);

    [LoggerMessage(EventId = 3085, Level = LogLevel.Warning, Message = "Could not tell other replicas about a new version (they pick it up within {Interval}): {Reason}")]
    public static partial void NotifyFailed(ILogger logger, TimeSpan interval, string reason);
}
