using Microsoft.Extensions.Logging;

namespace GitOpsGateway.Sources.Git;

/// <summary>
/// Log messages of the Git source reader; event ids 2000-2099 belong to this library and never change meaning.
/// </summary>
internal static partial class GitSourceLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Source {Source}: created the local clone in {Directory}")]
    public static partial void LocalCloneCreated(ILogger logger, string source, string directory);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Debug, Message = "Source {Source}: fetched branch {Branch}, tip {Sha}")]
    public static partial void Fetched(ILogger logger, string source, string branch, string sha);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Source {Source}: fetch failed: {Reason}")]
    public static partial void FetchFailed(ILogger logger, string source, string reason);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Source {Source}: branch {Branch} was rewritten; {LastIngested} is not an ancestor of {Tip}")]
    public static partial void ForcePushDetected(ILogger logger, string source, string branch, string lastIngested, string tip);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Source {Source}: commit {Sha} skipped {Path} ({Reason}): {Detail}")]
    public static partial void EntrySkipped(ILogger logger, string source, string sha, string path, SkippedEntryReason reason, string detail);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information, Message = "Source {Source}: merged the local clone's {Packs} pack files into one in {Milliseconds} ms")]
    public static partial void PacksCompacted(ILogger logger, string source, int packs, long milliseconds);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Warning, Message = "Source {Source}: could not merge the local clone's pack files (tried again after the next fetch): {Reason}")]
    public static partial void PackCompactionFailed(ILogger logger, string source, string reason);
}
