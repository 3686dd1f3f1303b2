namespace GitOpsGateway.GatewayApi.Kubernetes;

public sealed record Endpoint
{
    public IReadOnlyList<string> Addresses { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    public EndpointConditions Conditions { get; init; } = EndpointConditions.Unknown;

    public string? Hostname { get; init; }

    public string? NodeName { get; init; }

    public string? Zone { get; init; }
}
