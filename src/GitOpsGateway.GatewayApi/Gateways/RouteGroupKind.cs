namespace GitOpsGateway.GatewayApi.Gateways;

public sealed record RouteGroupKind
{
    public string Group { get; init; } = ApiGroups.GatewayNetworking;

    public required string Kind { get; init; }

    public override string ToString() => Group.Length == 0 ? Kind : $"{Group}/{Kind}";
}
