using Microsoft.Extensions.Logging;

namespace GitOpsGateway.NodeFeed.Storage;

/// <summary>Log messages of the last-known-good store; event ids 5050-5059 belong to it and never change meaning.</summary>
internal static partial class LastKnownGoodLog
{
    [LoggerMessage(EventId = 5050, Level = LogLevel.Information, Message = "No last-known-good table at {Path}")]
    public static partial void Missing(ILogger logger, string path);

    [LoggerMessage(EventId = 5051, Level = LogLevel.Information, Message = "Loaded last-known-good version {Version} ({Hash}) from {Path}")]
    public static partial void Loaded(ILogger logger, long version, string hash, string path);

    [LoggerMessage(EventId = 5052, Level = LogLevel.Warning, Message = "Refused the last-known-good file {Path}: {Reason}")]
    public static partial void Refused(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 5053, Level = LogLevel.Debug, Message = "Saved version {Version} as last-known-good at {Path}")]
    public static partial void Saved(ILogger logger, long version, string path);
}
