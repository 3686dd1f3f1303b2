namespace GitOpsGateway.GatewayApi.Kubernetes;

public sealed record IngressPath
{
    public string? Path { get; init; }

    /// <summary>"Exact", "Prefix" or "ImplementationSpecific".</summary>
    public required string PathType { get; init; }

    public required IngressBackend Backend { get; init; }
}
