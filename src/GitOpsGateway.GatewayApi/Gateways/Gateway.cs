namespace GitOpsGateway.GatewayApi.Gateways;

public sealed record Gateway : KubernetesResource
{
    public override ResourceKind Kind => ResourceKind.Gateway;

    public required GatewaySpec Spec { get; init; }
}
