namespace GitOpsGateway.GatewayApi.Routes;

public static class SessionPersistenceTypes
{
    public const string Cookie = "Cookie";
    public const string Header = "Header";
}
