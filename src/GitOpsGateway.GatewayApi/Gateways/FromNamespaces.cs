namespace GitOpsGateway.GatewayApi.Gateways;

public static class FromNamespaces
{
    public const string All = "All";
    public const string Selector = "Selector";
    public const string Same = "Same";
}
