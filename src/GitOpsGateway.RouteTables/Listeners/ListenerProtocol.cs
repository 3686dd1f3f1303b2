namespace GitOpsGateway.RouteTables.Listeners;

/// <summary>A listener's protocol, spelled as in the Gateway API.</summary>
public enum ListenerProtocol
{
    HTTP,
    HTTPS,
    TLS,
    TCP,
    UDP,
}
