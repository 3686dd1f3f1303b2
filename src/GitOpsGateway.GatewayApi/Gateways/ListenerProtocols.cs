namespace GitOpsGateway.GatewayApi.Gateways;

/// <summary>The core listener protocols.</summary>
public static class ListenerProtocols
{
    public const string Http = "HTTP";
    public const string Https = "HTTPS";
    public const string Tls = "TLS";
    public const string Tcp = "TCP";
    public const string Udp = "UDP";
}
