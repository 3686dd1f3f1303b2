namespace GitOpsGateway.Audit.References;

/// <summary>
/// One route referring to one value, in one Gateway's table (served) or in its manifest (declared, no Gateway),
/// with how it refers to it: the listeners, match types, or ports and weights.
/// </summary>
public sealed record ReferenceFact
{
    public required ReferenceDimension Dimension { get; init; }

    public required string Value { get; init; }

    /// <summary>"namespace/name" for served facts; null for declared ones.</summary>
    public string? Gateway { get; init; }

    /// <summary>"KIND/NAMESPACE/NAME" of the route.</summary>
    public required string Route { get; init; }

    public string? Detail { get; init; }

    internal string Key => $"{Dimension}|{Value}|{Gateway}|{Route}";
}
