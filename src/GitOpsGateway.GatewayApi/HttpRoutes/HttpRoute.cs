using GitOpsGateway.GatewayApi.Routes;

namespace GitOpsGateway.GatewayApi.HttpRoutes;

public sealed record HttpRoute : Route
{
    public override ResourceKind Kind => ResourceKind.HttpRoute;

    public required HttpRouteSpec Spec { get; init; }

    public override IReadOnlyList<ParentReference> ParentRefs => Spec.ParentRefs;

    public override IReadOnlyList<string> Hostnames => Spec.Hostnames;
}
