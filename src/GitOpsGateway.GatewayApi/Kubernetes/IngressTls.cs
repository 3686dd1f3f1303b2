namespace GitOpsGateway.GatewayApi.Kubernetes;

public sealed record IngressTls
{
    public IReadOnlyList<string> Hosts { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    public string? SecretName { get; init; }
}
