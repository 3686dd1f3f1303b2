namespace GitOpsGateway.GatewayApi.HttpRoutes;

public static class HttpPathModifierTypes
{
    public const string ReplaceFullPath = "ReplaceFullPath";
    public const string ReplacePrefixMatch = "ReplacePrefixMatch";
}
