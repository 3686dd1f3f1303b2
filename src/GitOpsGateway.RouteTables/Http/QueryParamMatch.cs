namespace GitOpsGateway.RouteTables.Http;

public sealed record QueryParamMatch
{
    /// <summary>Case-sensitive, as the Gateway API defines query parameter names.</summary>
    public required string Name { get; init; }

    public StringMatchType Type { get; init; }

    public required string Value { get; init; }
}
