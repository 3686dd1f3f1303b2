namespace GitOpsGateway.GatewayApi.Kubernetes;

public sealed record ServiceSpec
{
    /// <summary>One of <see cref="ServiceTypes"/>; "ClusterIP" when omitted.</summary>
    public string Type { get; init; } = ServiceTypes.ClusterIP;

    /// <summary>"None" for a headless Service.</summary>
    public string? ClusterIP { get; init; }

    /// <summary>The DNS name an ExternalName Service points to.</summary>
    public string? ExternalName { get; init; }

    public IReadOnlyList<ServicePort> Ports { get; init => field = ValueList<ServicePort>.From(value); } = ValueList<ServicePort>.Empty;

    public bool IsHeadless => string.Equals(ClusterIP, "None", StringComparison.Ordinal);
}
