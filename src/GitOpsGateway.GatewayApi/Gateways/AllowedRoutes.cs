namespace GitOpsGateway.GatewayApi.Gateways;

public sealed record AllowedRoutes
{
    /// <summary>The spec's default: routes from the Gateway's own namespace, kinds chosen by the listener protocol.</summary>
    public static AllowedRoutes Default { get; } = new();

    public RouteNamespaces Namespaces { get; init; } = RouteNamespaces.Same;

    /// <summary>Empty means "the kinds the listener protocol supports".</summary>
    public IReadOnlyList<RouteGroupKind> Kinds { get; init => field = ValueList<RouteGroupKind>.From(value); } = ValueList<RouteGroupKind>.Empty;
}
