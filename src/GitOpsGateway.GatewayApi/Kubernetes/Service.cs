namespace GitOpsGateway.GatewayApi.Kubernetes;

public sealed record Service : KubernetesResource
{
    public override ResourceKind Kind => ResourceKind.Service;

    public required ServiceSpec Spec { get; init; }
}
