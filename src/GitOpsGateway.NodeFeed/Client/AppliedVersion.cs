using GitOpsGateway.NodeFeed.Protocol;

namespace GitOpsGateway.NodeFeed.Client;

/// <summary>The version a node serves, and since when.</summary>
internal sealed record AppliedVersion(FeedVersion Version, DateTimeOffset AppliedAt);
