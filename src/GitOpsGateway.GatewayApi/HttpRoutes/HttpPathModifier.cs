namespace GitOpsGateway.GatewayApi.HttpRoutes;

public sealed record HttpPathModifier
{
    /// <summary>One of <see cref="HttpPathModifierTypes"/>.</summary>
    public required string Type { get; init; }

    public string? ReplaceFullPath { get; init; }

    /// <summary>Replaces the matched PathPrefix, element by element; an empty string strips it.</summary>
    public string? ReplacePrefixMatch { get; init; }
}
