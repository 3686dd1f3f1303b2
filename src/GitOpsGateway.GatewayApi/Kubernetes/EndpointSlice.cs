namespace GitOpsGateway.GatewayApi.Kubernetes;

/// <summary>A discovery.k8s.io/v1 EndpointSlice: explicit backend addresses for a Service.</summary>
public sealed record EndpointSlice : KubernetesResource
{
    public const string ServiceNameLabel = "kubernetes.io/service-name";

    public override ResourceKind Kind => ResourceKind.EndpointSlice;

    /// <summary>"IPv4", "IPv6" or "FQDN".</summary>
    public required string AddressType { get; init; }

    public IReadOnlyList<Endpoint> Endpoints { get; init => field = ValueList<Endpoint>.From(value); } = ValueList<Endpoint>.Empty;

    public IReadOnlyList<EndpointPort> Ports { get; init => field = ValueList<EndpointPort>.From(value); } = ValueList<EndpointPort>.Empty;

    /// <summary>The Service this slice belongs to (label <c>kubernetes.io/service-name</c>), or null.</summary>
    public string? ServiceName => Metadata.Labels.TryGetValue(ServiceNameLabel, out var name) ? name : null;
}
