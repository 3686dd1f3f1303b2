namespace GitOpsGateway.GatewayApi.Gateways;

/// <summary>Gateway <c>spec.infrastructure.parametersRef</c>: parameters in the Gateway's namespace.</summary>
public sealed record LocalParametersReference
{
    public required string Group { get; init; }

    public required string Kind { get; init; }

    public required string Name { get; init; }
}
