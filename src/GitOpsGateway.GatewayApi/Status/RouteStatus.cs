namespace GitOpsGateway.GatewayApi.Status;

/// <summary>Status of any route kind: one entry per parent this controller is responsible for.</summary>
public sealed record RouteStatus
{
    public IReadOnlyList<RouteParentStatus> Parents { get; init => field = ValueList<RouteParentStatus>.From(value); } = ValueList<RouteParentStatus>.Empty;
}
