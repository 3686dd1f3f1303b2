namespace GitOpsGateway.RouteTables.Http;

public sealed record HeaderMatch
{
    /// <summary>Header names compare case-insensitively, so the IR stores them in lower case.</summary>
    public required string Name
    {
        get;
        init => field = value.ToLowerInvariant();
    }

    public StringMatchType Type { get; init; }

    public required string Value { get; init; }
}
