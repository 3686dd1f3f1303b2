namespace GitOpsGateway.GatewayApi.GrpcRoutes;

public static class GrpcRouteFilterTypes
{
    public const string RequestHeaderModifier = "RequestHeaderModifier";
    public const string ResponseHeaderModifier = "ResponseHeaderModifier";
    public const string RequestMirror = "RequestMirror";
    public const string ExtensionRef = "ExtensionRef";
}
