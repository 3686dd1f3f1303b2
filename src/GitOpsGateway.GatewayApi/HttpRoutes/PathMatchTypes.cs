namespace GitOpsGateway.GatewayApi.HttpRoutes;

public static class PathMatchTypes
{
    public const string Exact = "Exact";
    public const string PathPrefix = "PathPrefix";
    public const string RegularExpression = "RegularExpression";
}
