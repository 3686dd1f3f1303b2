using Microsoft.Extensions.Logging;

namespace GitOpsGateway.DevMode;

/// <summary>Log messages of dev mode's parts; event ids 4100-4199.</summary>
internal static partial class DevModeLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Creating a throwaway PostgreSQL cluster in {Folder}")]
    public static partial void CreatingDatabase(ILogger logger, string folder);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Serving the TLS key pair of Secret {Secret} read from the repository ({File}): development only; production nodes read Secrets from a directory")]
    public static partial void SecretFromRepository(ILogger logger, string secret, string file);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "Committed the change seen in {Folder} as {Sha}")]
    public static partial void FolderCommitted(ILogger logger, string folder, string sha);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Warning, Message = "Could not read {Folder}: {Reason}")]
    public static partial void FolderUnreadable(ILogger logger, string folder, string reason);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Information, Message = "Stopped the PostgreSQL server of an earlier dev run that was killed ({Folder})")]
    public static partial void LeftoverStopped(ILogger logger, string folder);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Warning, Message = "Did not read {Path} in {Folder}: {Reason}")]
    public static partial void EntryNotRead(ILogger logger, string folder, string path, string reason);
}
