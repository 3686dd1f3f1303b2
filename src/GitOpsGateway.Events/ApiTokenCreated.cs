namespace GitOpsGateway.Events;

/// <summary>An API token was created. The token itself and its hash are never in an event: the token table holds the hash.</summary>
public sealed record ApiTokenCreated
{
    public required string CommandId { get; init; }

    public required string Name { get; init; }

    public required string Role { get; init; }

    public required IReadOnlyList<string> Scopes { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    public required string Actor { get; init; }

    public required CommandCaller Caller { get; init; }
}
