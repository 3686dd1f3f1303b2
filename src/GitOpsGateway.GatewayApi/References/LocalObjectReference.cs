namespace GitOpsGateway.GatewayApi.References;

/// <summary>A reference within the referrer's namespace, e.g. a filter's extensionRef.</summary>
public sealed record LocalObjectReference
{
    public required string Group { get; init; }

    public required string Kind { get; init; }

    public required string Name { get; init; }
}
