namespace GitOpsGateway.GatewayApi.Kubernetes;

/// <summary>A Namespace; only its labels matter (listener <c>allowedRoutes</c> selectors).</summary>
public sealed record KubernetesNamespace : KubernetesResource
{
    public override ResourceKind Kind => ResourceKind.Namespace;
}
