namespace GitOpsGateway.GatewayApi.Kubernetes;

public sealed record ServicePort
{
    public string? Name { get; init; }

    public required int Port { get; init; }

    /// <summary>Number or named port of the endpoints; null means the same as <see cref="Port"/>.</summary>
    public IntOrString? TargetPort { get; init; }

    /// <summary>"TCP" (default), "UDP" or "SCTP".</summary>
    public string Protocol { get; init; } = "TCP";

    /// <summary>e.g. "kubernetes.io/h2c", "kubernetes.io/ws", "http", "https".</summary>
    public string? AppProtocol { get; init; }
}
