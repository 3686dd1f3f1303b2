namespace GitOpsGateway.GatewayApi.GrpcRoutes;

public sealed record GrpcRouteMatch
{
    /// <summary>Null matches every service and method.</summary>
    public GrpcMethodMatch? Method { get; init; }

    public IReadOnlyList<GrpcHeaderMatch> Headers { get; init => field = ValueList<GrpcHeaderMatch>.From(value); } = ValueList<GrpcHeaderMatch>.Empty;
}
