namespace GitOpsGateway.GatewayApi.Kubernetes;

public sealed record IngressServiceBackend
{
    public required string Name { get; init; }

    public int? PortNumber { get; init; }

    public string? PortName { get; init; }
}
