using GitOpsGateway.GatewayApi.References;
using GitOpsGateway.GatewayApi.Routes;

namespace GitOpsGateway.GatewayApi.HttpRoutes;

/// <summary>
/// A filter as written: <see cref="Type"/> names which one of the configuration properties applies. Validation
/// reports a type without its configuration, or configuration of another type.
/// </summary>
public sealed record HttpRouteFilter
{
    /// <summary>One of <see cref="HttpRouteFilterTypes"/>; any other value is kept so status can report it.</summary>
    public required string Type { get; init; }

    public HttpHeaderFilter? RequestHeaderModifier { get; init; }

    public HttpHeaderFilter? ResponseHeaderModifier { get; init; }

    public HttpRequestMirrorFilter? RequestMirror { get; init; }

    public HttpRequestRedirectFilter? RequestRedirect { get; init; }

    public HttpUrlRewriteFilter? UrlRewrite { get; init; }

    public HttpCorsFilter? Cors { get; init; }

    public LocalObjectReference? ExtensionRef { get; init; }
}
