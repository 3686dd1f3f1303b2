using GitOpsGateway.GatewayApi.Routes;

namespace GitOpsGateway.GatewayApi.GrpcRoutes;

public sealed record GrpcHeaderMatch
{
    /// <summary>One of <see cref="HeaderMatchTypes"/>; "Exact" when omitted.</summary>
    public string Type { get; init; } = HeaderMatchTypes.Exact;

    public required string Name { get; init; }

    public required string Value { get; init; }
}
