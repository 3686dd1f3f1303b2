namespace GitOpsGateway.GatewayApi.Gateways;

public sealed record GatewaySpec
{
    public required string GatewayClassName { get; init; }

    public IReadOnlyList<Listener> Listeners { get; init => field = ValueList<Listener>.From(value); } = ValueList<Listener>.Empty;

    public IReadOnlyList<GatewayAddress> Addresses { get; init => field = ValueList<GatewayAddress>.From(value); } = ValueList<GatewayAddress>.Empty;

    public GatewayInfrastructure? Infrastructure { get; init; }
}
