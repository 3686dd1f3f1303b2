namespace GitOpsGateway.GatewayApi.Kubernetes;

public sealed record IngressResourceBackend
{
    public string? ApiGroup { get; init; }

    public required string Kind { get; init; }

    public required string Name { get; init; }
}
