namespace GitOpsGateway.NodeFeed.Client;

/// <summary>The control plane answered the feed request with something other than a stream (401, 5xx, ...).</summary>
internal sealed class FeedUnavailableException(string message) : Exception(message);
