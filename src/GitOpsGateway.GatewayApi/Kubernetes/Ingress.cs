namespace GitOpsGateway.GatewayApi.Kubernetes;

/// <summary>A networking.k8s.io/v1 Ingress, kept so repositories can be migrated to Gateway API.</summary>
public sealed record Ingress : KubernetesResource
{
    public override ResourceKind Kind => ResourceKind.Ingress;

    public required IngressSpec Spec { get; init; }
}
