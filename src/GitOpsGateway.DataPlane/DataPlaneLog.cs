using Microsoft.Extensions.Logging;

namespace GitOpsGateway.DataPlane;

/// <summary>The node's log events, with stable ids.</summary>
internal static partial class DataPlaneLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information,
        Message = "Node {NodeId} applied version {Version} ({Hash}) in {SwapMilliseconds} ms (check {CheckMilliseconds} ms, build {BuildMilliseconds} ms, YARP {ClustersMilliseconds} ms); {ProblemCount} problems")]
    public static partial void Applied(
        ILogger logger,
        string nodeId,
        long version,
        string hash,
        double swapMilliseconds,
        double checkMilliseconds,
        double buildMilliseconds,
        double clustersMilliseconds,
        int problemCount);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning,
        Message = "Node {NodeId} refused version {Version} ({Hash}), keeps serving {ServingVersion}: {Errors}")]
    public static partial void Refused(ILogger logger, string nodeId, long version, string hash, long? servingVersion, string errors);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Node {NodeId} version {Version}: {Problem}")]
    public static partial void Problem(ILogger logger, string nodeId, long version, string problem);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Debug, Message = "Version {Version} drained; its clusters left YARP")]
    public static partial void Drained(ILogger logger, long version);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information,
        Message = "Heap trimmed after a swap: {BeforeMegabytes:F1} MB → {AfterMegabytes:F1} MB live, {CommittedMegabytes:F1} MB committed, in {Milliseconds:F1} ms")]
    public static partial void HeapTrimmed(ILogger logger, double beforeMegabytes, double afterMegabytes, double committedMegabytes, double milliseconds);
}
