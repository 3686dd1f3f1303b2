namespace GitOpsGateway.GatewayApi.Routes;

/// <summary>A header name and value to set or add.</summary>
public sealed record HttpHeader
{
    public required string Name { get; init; }

    public required string Value { get; init; }
}
