namespace GitOpsGateway.GatewayApi.Kubernetes;

public sealed record EndpointPort
{
    /// <summary>Matches the Service port's name; empty for an unnamed port.</summary>
    public string Name { get; init; } = string.Empty;

    public int? Port { get; init; }

    public string Protocol { get; init; } = "TCP";

    public string? AppProtocol { get; init; }
}
