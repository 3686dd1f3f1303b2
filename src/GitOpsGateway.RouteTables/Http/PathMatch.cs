namespace GitOpsGateway.RouteTables.Http;

public sealed record PathMatch
{
    public required PathMatchType Type { get; init; }

    public required string Value { get; init; }
}
