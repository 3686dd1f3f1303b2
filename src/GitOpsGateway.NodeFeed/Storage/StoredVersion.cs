using GitOpsGateway.NodeFeed.Protocol;

namespace GitOpsGateway.NodeFeed.Storage;

/// <summary>A version read back from the last-known-good file, verified, with when it was applied.</summary>
public sealed record StoredVersion(FeedVersion Version, DateTimeOffset AppliedAt);
