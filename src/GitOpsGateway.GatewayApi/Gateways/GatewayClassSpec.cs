namespace GitOpsGateway.GatewayApi.Gateways;

public sealed record GatewayClassSpec
{
    /// <summary>Domain-prefixed path naming the controller, e.g. "example.net/gateway-controller".</summary>
    public required string ControllerName { get; init; }

    public ParametersReference? ParametersRef { get; init; }

    public string? Description { get; init; }
}
