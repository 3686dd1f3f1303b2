namespace GitOpsGateway.GatewayApi.Kubernetes;

public sealed record IngressSpec
{
    public string? IngressClassName { get; init; }

    public IngressBackend? DefaultBackend { get; init; }

    public IReadOnlyList<IngressRule> Rules { get; init => field = ValueList<IngressRule>.From(value); } = ValueList<IngressRule>.Empty;

    public IReadOnlyList<IngressTls> Tls { get; init => field = ValueList<IngressTls>.From(value); } = ValueList<IngressTls>.Empty;
}
