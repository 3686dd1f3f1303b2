using GitOpsGateway.GatewayApi.References;

namespace GitOpsGateway.GatewayApi.Routes;

/// <summary>A weighted backend (TLS, TCP and UDP routes use it as is).</summary>
public record BackendRef : BackendObjectReference
{
    /// <summary>Share of traffic, weight / sum of weights; 1 when omitted, 0 sends nothing.</summary>
    public int Weight { get; init; } = 1;
}
