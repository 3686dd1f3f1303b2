namespace GitOpsGateway.GatewayApi.Kubernetes;

/// <summary>Null means unknown; Kubernetes reads an unknown <see cref="Ready"/> as ready.</summary>
public sealed record EndpointConditions
{
    public static EndpointConditions Unknown { get; } = new();

    public bool? Ready { get; init; }

    public bool? Serving { get; init; }

    public bool? Terminating { get; init; }

    public bool IsReady => Ready ?? true;
}
