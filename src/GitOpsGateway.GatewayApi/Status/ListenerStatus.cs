using GitOpsGateway.GatewayApi.Gateways;

namespace GitOpsGateway.GatewayApi.Status;

public sealed record ListenerStatus
{
    public required string Name { get; init; }

    /// <summary>The route kinds this listener accepts; unsupported kinds named in the spec are left out.</summary>
    public IReadOnlyList<RouteGroupKind> SupportedKinds { get; init => field = ValueList<RouteGroupKind>.From(value); } = ValueList<RouteGroupKind>.Empty;

    /// <summary>Routes attached to this listener whose Accepted condition is True (v1.5+ semantics).</summary>
    public int AttachedRoutes { get; init; }

    public IReadOnlyList<Condition> Conditions { get; init => field = ValueList<Condition>.From(value); } = ValueList<Condition>.Empty;
}
