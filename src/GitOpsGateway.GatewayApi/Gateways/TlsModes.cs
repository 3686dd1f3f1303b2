namespace GitOpsGateway.GatewayApi.Gateways;

public static class TlsModes
{
    public const string Terminate = "Terminate";
    public const string Passthrough = "Passthrough";
}
