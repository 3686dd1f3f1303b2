using GitOpsGateway.GatewayApi.Routes;

namespace GitOpsGateway.GatewayApi.Status;

public sealed record RouteParentStatus
{
    /// <summary>The parent reference exactly as the route's spec wrote it.</summary>
    public required ParentReference ParentRef { get; init; }

    /// <summary>The GatewayClass controllerName of the controller that wrote this entry.</summary>
    public required string ControllerName { get; init; }

    public IReadOnlyList<Condition> Conditions { get; init => field = ValueList<Condition>.From(value); } = ValueList<Condition>.Empty;
}
