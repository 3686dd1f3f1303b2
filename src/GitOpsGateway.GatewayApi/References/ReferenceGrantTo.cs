namespace GitOpsGateway.GatewayApi.References;

public sealed record ReferenceGrantTo
{
    public required string Group { get; init; }

    public required string Kind { get; init; }

    /// <summary>Null grants every object of the group and kind in the grant's namespace.</summary>
    public string? Name { get; init; }
}
