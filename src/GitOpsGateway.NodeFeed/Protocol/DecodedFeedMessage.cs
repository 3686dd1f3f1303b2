namespace GitOpsGateway.NodeFeed.Protocol;

/// <summary>A feed message read back: the version, and when it was applied if it came from a last-known-good file.</summary>
internal sealed record DecodedFeedMessage(FeedVersion Version, DateTimeOffset? AppliedAt);
