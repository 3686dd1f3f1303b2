using GitOpsGateway.GatewayApi.References;
using GitOpsGateway.GatewayApi.Routes;

namespace GitOpsGateway.GatewayApi.GrpcRoutes;

/// <summary>A filter as written; <see cref="Type"/> names which configuration property applies.</summary>
public sealed record GrpcRouteFilter
{
    /// <summary>One of <see cref="GrpcRouteFilterTypes"/>; any other value is kept so status can report it.</summary>
    public required string Type { get; init; }

    public HttpHeaderFilter? RequestHeaderModifier { get; init; }

    public HttpHeaderFilter? ResponseHeaderModifier { get; init; }

    public HttpRequestMirrorFilter? RequestMirror { get; init; }

    public LocalObjectReference? ExtensionRef { get; init; }
}
