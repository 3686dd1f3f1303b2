namespace GitOpsGateway.NodeFeed.Client;

/// <summary>The latest version a node received (null when its message could not even be read) and what went wrong.</summary>
internal sealed record ApplyAttempt(long? Version, IReadOnlyList<string> Errors);
