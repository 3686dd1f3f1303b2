namespace GitOpsGateway.Events;

/// <summary>An API token was revoked: every replica refuses it within a second.</summary>
public sealed record ApiTokenRevoked
{
    public required string CommandId { get; init; }

    public required string Name { get; init; }

    public required string Actor { get; init; }

    public required CommandCaller Caller { get; init; }
}
