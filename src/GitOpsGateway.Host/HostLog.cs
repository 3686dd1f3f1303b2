namespace GitOpsGateway.Host;

/// <summary>Log messages of the host's commands; event ids 4000-4099.</summary>
internal static partial class HostLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Data-plane node {NodeId} for Gateway {Gateway} started; feed {ControlPlane}, health on port {AdminPort}")]
    public static partial void DataPlaneStarted(ILogger logger, string nodeId, string gateway, Uri controlPlane, int adminPort);
}
