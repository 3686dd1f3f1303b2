namespace GitOpsGateway.GatewayApi.Gateways;

public static class AddressTypes
{
    public const string IPAddress = "IPAddress";
    public const string Hostname = "Hostname";
    public const string NamedAddress = "NamedAddress";
}
