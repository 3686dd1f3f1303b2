namespace GitOpsGateway.Events;

/// <summary>An API token was given a new secret (the old one stopped working at once) and a new expiry.</summary>
public sealed record ApiTokenRotated
{
    public required string CommandId { get; init; }

    public required string Name { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    public required string Actor { get; init; }

    public required CommandCaller Caller { get; init; }
}
