namespace GitOpsGateway.GatewayApi.References;

public sealed record ReferenceGrantFrom
{
    public required string Group { get; init; }

    public required string Kind { get; init; }

    public required string Namespace { get; init; }
}
