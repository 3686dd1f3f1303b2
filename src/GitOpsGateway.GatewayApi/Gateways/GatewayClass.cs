namespace GitOpsGateway.GatewayApi.Gateways;

/// <summary>A cluster-scoped GatewayClass (namespace is the empty string).</summary>
public sealed record GatewayClass : KubernetesResource
{
    public override ResourceKind Kind => ResourceKind.GatewayClass;

    public required GatewayClassSpec Spec { get; init; }
}
