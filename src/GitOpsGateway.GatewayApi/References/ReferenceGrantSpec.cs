namespace GitOpsGateway.GatewayApi.References;

public sealed record ReferenceGrantSpec
{
    public IReadOnlyList<ReferenceGrantFrom> From { get; init => field = ValueList<ReferenceGrantFrom>.From(value); } = ValueList<ReferenceGrantFrom>.Empty;

    public IReadOnlyList<ReferenceGrantTo> To { get; init => field = ValueList<ReferenceGrantTo>.From(value); } = ValueList<ReferenceGrantTo>.Empty;
}
