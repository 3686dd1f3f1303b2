using Microsoft.Extensions.Logging;

namespace GitOpsGateway.NodeFeed.Server;

/// <summary>Log messages about node tokens and what they may serve; event ids 6050-6059. They name tokens, never show them.</summary>
internal static partial class NodeTokenLog
{
    [LoggerMessage(EventId = 6050, Level = LogLevel.Warning, Message = "Refused node {Node} with the node token named {TokenName}: it does not serve Gateway {Gateway} ({Path}, from {RemoteAddress})")]
    public static partial void Forbidden(ILogger logger, string tokenName, string node, string gateway, string path, string? remoteAddress);

    [LoggerMessage(EventId = 6051, Level = LogLevel.Warning, Message = "Ended the feed of Gateway {Gateway} to node {Node}: the node token named {TokenName} no longer serves it")]
    public static partial void StreamEndedTokenRevoked(ILogger logger, string tokenName, string node, string gateway);
}
