namespace GitOpsGateway.Host;

/// <summary>Log messages of the host's commands; event ids 4000-4099.</summary>
internal static partial class HostLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Data-plane node {NodeId} for Gateway {Gateway} started; feed {ControlPlane}, health on port {AdminPort}")]
    public static partial void DataPlaneStarted(ILogger logger, string nodeId, string gateway, Uri controlPlane, int adminPort);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Demo backends not started: {Reason}")]
    public static partial void DemoBackendsNotStarted(ILogger logger, string reason);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "The node serves nothing yet after {Seconds} s; the admin API's /api/v1/sources shows the source's last error")]
    public static partial void DevNotReady(ILogger logger, int seconds);
}
