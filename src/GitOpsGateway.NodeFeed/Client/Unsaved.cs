using GitOpsGateway.NodeFeed.Protocol;

namespace GitOpsGateway.NodeFeed.Client;

/// <summary>A version the node applied but could not save as last-known-good yet, as received, with when it was applied.</summary>
internal sealed record Unsaved(DecodedFeedMessage Message, DateTimeOffset AppliedAt);
