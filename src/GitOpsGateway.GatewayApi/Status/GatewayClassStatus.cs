namespace GitOpsGateway.GatewayApi.Status;

public sealed record GatewayClassStatus
{
    public IReadOnlyList<Condition> Conditions { get; init => field = ValueList<Condition>.From(value); } = ValueList<Condition>.Empty;
}
