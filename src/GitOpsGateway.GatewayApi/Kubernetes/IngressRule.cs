namespace GitOpsGateway.GatewayApi.Kubernetes;

public sealed record IngressRule
{
    /// <summary>Null matches every host; may start with "*.".</summary>
    public string? Host { get; init; }

    public IReadOnlyList<IngressPath> Paths { get; init => field = ValueList<IngressPath>.From(value); } = ValueList<IngressPath>.Empty;
}
