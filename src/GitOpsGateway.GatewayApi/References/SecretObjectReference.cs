namespace GitOpsGateway.GatewayApi.References;

/// <summary>A certificate reference; group "" and kind "Secret" when omitted, namespace null meaning the referrer's.</summary>
public sealed record SecretObjectReference
{
    public string Group { get; init; } = ApiGroups.Core;

    public string Kind { get; init; } = "Secret";

    public required string Name { get; init; }

    public string? Namespace { get; init; }
}
