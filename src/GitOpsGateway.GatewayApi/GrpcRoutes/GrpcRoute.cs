using GitOpsGateway.GatewayApi.Routes;

namespace GitOpsGateway.GatewayApi.GrpcRoutes;

public sealed record GrpcRoute : Route
{
    public override ResourceKind Kind => ResourceKind.GrpcRoute;

    public required GrpcRouteSpec Spec { get; init; }

    public override IReadOnlyList<ParentReference> ParentRefs => Spec.ParentRefs;

    public override IReadOnlyList<string> Hostnames => Spec.Hostnames;
}
