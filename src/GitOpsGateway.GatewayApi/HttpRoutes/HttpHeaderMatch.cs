using GitOpsGateway.GatewayApi.Routes;

namespace GitOpsGateway.GatewayApi.HttpRoutes;

/// <summary>Only the first entry of equivalent names counts; header names match case-insensitively.</summary>
public sealed record HttpHeaderMatch
{
    /// <summary>One of <see cref="HeaderMatchTypes"/>; "Exact" when omitted.</summary>
    public string Type { get; init; } = HeaderMatchTypes.Exact;

    public required string Name { get; init; }

    public required string Value { get; init; }
}
