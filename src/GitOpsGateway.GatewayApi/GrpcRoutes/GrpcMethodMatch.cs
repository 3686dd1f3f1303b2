using GitOpsGateway.GatewayApi.Routes;

namespace GitOpsGateway.GatewayApi.GrpcRoutes;

/// <summary>Matches "/{service}/{method}"; at least one of the two is set, an absent one matches anything.</summary>
public sealed record GrpcMethodMatch
{
    /// <summary>One of <see cref="HeaderMatchTypes"/>; "Exact" when omitted.</summary>
    public string Type { get; init; } = HeaderMatchTypes.Exact;

    public string? Service { get; init; }

    public string? Method { get; init; }
}
