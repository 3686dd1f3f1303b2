namespace GitOpsGateway.NodeFeed.Client;

/// <summary>A node's view of its feed, for its own health endpoints and for tests.</summary>
public sealed record FeedSubscriberStatus
{
    public long? AppliedVersion { get; init; }

    public string? AppliedHash { get; init; }

    public DateTimeOffset? AppliedAt { get; init; }

    public required bool Connected { get; init; }

    /// <summary>Connection attempts that failed since the last successful one.</summary>
    public required int ConsecutiveFailures { get; init; }

    /// <summary>Why the latest connection attempt or connection failed.</summary>
    public string? LastConnectionError { get; init; }

    /// <summary>The version the latest received message announced, whether or not it was applied.</summary>
    public long? AttemptedVersion { get; init; }

    /// <summary>Why the latest received message was refused; empty when it was applied.</summary>
    public required IReadOnlyList<string> AttemptErrors { get; init; }
}
