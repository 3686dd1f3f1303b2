namespace GitOpsGateway.RouteTables.Filters;

public sealed record HttpHeader
{
    public required string Name { get; init; }

    public required string Value { get; init; }
}
