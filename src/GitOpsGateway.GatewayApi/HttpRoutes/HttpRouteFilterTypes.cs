namespace GitOpsGateway.GatewayApi.HttpRoutes;

/// <summary>Filter types of HTTPRoute (the gRPC route supports the first three and ExtensionRef).</summary>
public static class HttpRouteFilterTypes
{
    public const string RequestHeaderModifier = "RequestHeaderModifier";
    public const string ResponseHeaderModifier = "ResponseHeaderModifier";
    public const string RequestMirror = "RequestMirror";
    public const string RequestRedirect = "RequestRedirect";
    public const string UrlRewrite = "URLRewrite";
    public const string Cors = "CORS";
    public const string ExtensionRef = "ExtensionRef";
}
