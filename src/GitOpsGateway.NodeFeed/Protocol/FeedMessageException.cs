namespace GitOpsGateway.NodeFeed.Protocol;

/// <summary>A feed message (or last-known-good payload) that cannot be read; the message says why.</summary>
internal sealed class FeedMessageException(string message, Exception? innerException = null) : Exception(message, innerException);
