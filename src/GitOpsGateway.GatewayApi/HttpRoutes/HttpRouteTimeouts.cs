namespace GitOpsGateway.GatewayApi.HttpRoutes;

/// <summary>Gateway API durations ("10s", "1m30s"); "0s" disables a timeout. Parse with <see cref="GatewayDuration"/>.</summary>
public sealed record HttpRouteTimeouts
{
    public string? Request { get; init; }

    public string? BackendRequest { get; init; }
}
