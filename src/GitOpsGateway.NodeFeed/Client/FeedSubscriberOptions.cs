using GitOpsGateway.RouteTables;

namespace GitOpsGateway.NodeFeed.Client;

/// <summary>Where a node finds its feed, who it is, and how patiently it reconnects.</summary>
public sealed record FeedSubscriberOptions
{
    /// <summary>The feed endpoints' base address, e.g. <c>https://control-plane:8080/api/v1/nodes/</c>.</summary>
    public required Uri ControlPlane { get; init; }

    public required NamespacedName Gateway { get; init; }

    /// <summary>Letters, digits, '.', '-', '_' (<c>NodeName</c>); the listing shows it.</summary>
    public required string NodeId { get; init; }

    public required string NodeToken { get; init; }

    /// <summary>Where the last applied version is kept (<see cref="Storage.LastKnownGoodStore"/>); null keeps nothing.</summary>
    public string? StateDirectory { get; init; }

    public TimeSpan InitialReconnectDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxReconnectDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Silence after which the connection counts as dead: three missed heartbeats at the default 15 s.</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromSeconds(45);

    public TimeSpan ReportTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How often a version applied but not saved as last-known-good (disk full, read-only) is saved again.</summary>
    public TimeSpan SaveRetryInterval { get; init; } = TimeSpan.FromSeconds(5);
}
