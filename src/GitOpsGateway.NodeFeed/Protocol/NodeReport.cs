namespace GitOpsGateway.NodeFeed.Protocol;

/// <summary>
/// What a node says about itself after each version it receives: the version it serves now (which may be an older
/// one when the newest was refused) and the errors of its latest attempt.
/// </summary>
public sealed record NodeReport
{
    public required string Node { get; init; }

    /// <summary>"namespace/name" (<see cref="GatewayKey"/>).</summary>
    public required string Gateway { get; init; }

    /// <summary>The version being served; null until the node has applied one.</summary>
    public long? Version { get; init; }

    public string? Hash { get; init; }

    public DateTimeOffset? AppliedAt { get; init; }

    /// <summary>The version of the latest attempt, which <see cref="Errors"/> describe; equals <see cref="Version"/> when it applied.</summary>
    public long? AttemptedVersion { get; init; }

    public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>Set by the control plane when it stores the report; whatever a node sends here is replaced.</summary>
    public DateTimeOffset? ReceivedAt { get; init; }
}
