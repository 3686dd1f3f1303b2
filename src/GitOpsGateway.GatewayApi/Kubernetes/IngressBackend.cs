namespace GitOpsGateway.GatewayApi.Kubernetes;

/// <summary>Exactly one of <see cref="Service"/> and <see cref="Resource"/> is set in a valid Ingress.</summary>
public sealed record IngressBackend
{
    public IngressServiceBackend? Service { get; init; }

    public IngressResourceBackend? Resource { get; init; }
}
