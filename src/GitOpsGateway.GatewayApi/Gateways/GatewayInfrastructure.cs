namespace GitOpsGateway.GatewayApi.Gateways;

public sealed record GatewayInfrastructure
{
    public IReadOnlyDictionary<string, string> Labels { get; init => field = ValueMap.From(value); } = ValueMap.Empty;

    public IReadOnlyDictionary<string, string> Annotations { get; init => field = ValueMap.From(value); } = ValueMap.Empty;

    public LocalParametersReference? ParametersRef { get; init; }
}
