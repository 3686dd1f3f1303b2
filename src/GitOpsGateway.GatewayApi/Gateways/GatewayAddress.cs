namespace GitOpsGateway.GatewayApi.Gateways;

/// <summary>A requested Gateway address; an empty value asks the implementation to assign one.</summary>
public sealed record GatewayAddress
{
    /// <summary>One of <see cref="AddressTypes"/> or a domain-prefixed type; "IPAddress" when omitted.</summary>
    public string Type { get; init; } = AddressTypes.IPAddress;

    public string Value { get; init; } = string.Empty;
}
