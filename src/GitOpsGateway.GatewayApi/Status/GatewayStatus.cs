namespace GitOpsGateway.GatewayApi.Status;

public sealed record GatewayStatus
{
    public IReadOnlyList<GatewayStatusAddress> Addresses { get; init => field = ValueList<GatewayStatusAddress>.From(value); } =
        ValueList<GatewayStatusAddress>.Empty;

    public IReadOnlyList<Condition> Conditions { get; init => field = ValueList<Condition>.From(value); } = ValueList<Condition>.Empty;

    /// <summary>One entry per listener, in spec order.</summary>
    public IReadOnlyList<ListenerStatus> Listeners { get; init => field = ValueList<ListenerStatus>.From(value); } = ValueList<ListenerStatus>.Empty;
}
