namespace GitOpsGateway.GatewayApi.Gateways;

/// <summary>GatewayClass <c>spec.parametersRef</c>: cluster- or namespace-scoped controller parameters.</summary>
public sealed record ParametersReference
{
    public required string Group { get; init; }

    public required string Kind { get; init; }

    public required string Name { get; init; }

    public string? Namespace { get; init; }
}
