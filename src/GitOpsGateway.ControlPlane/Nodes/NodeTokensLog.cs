using Microsoft.Extensions.Logging;

namespace GitOpsGateway.ControlPlane.Nodes;

/// <summary>Log messages of the node-token file; event ids 6055-6059. They name tokens, never show them.</summary>
internal static partial class NodeTokensLog
{
    [LoggerMessage(EventId = 6055, Level = LogLevel.Information, Message = "Node tokens re-read from {Path}: {Count} tokens named {Names}; old tokens still valid during the overlap for: {Overlapping}")]
    public static partial void Reloaded(ILogger logger, string path, int count, string names, string overlapping);

    [LoggerMessage(EventId = 6056, Level = LogLevel.Error, Message = "The node-token file {Path} changed but is invalid; the tokens in force stay: {Problems}")]
    public static partial void Invalid(ILogger logger, string path, string problems);

    [LoggerMessage(EventId = 6057, Level = LogLevel.Warning, Message = "The node-token file {Path} cannot be read now; the tokens in force stay: {Reason}")]
    public static partial void Unreadable(ILogger logger, string path, string reason);
}
