using GitOpsGateway.GatewayApi.Gateways;

namespace GitOpsGateway.GatewayApi.Status;

public sealed record GatewayStatusAddress
{
    public string Type { get; init; } = AddressTypes.IPAddress;

    public required string Value { get; init; }
}
