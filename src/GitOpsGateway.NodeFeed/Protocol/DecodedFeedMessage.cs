using System.Text.Json;

namespace GitOpsGateway.NodeFeed.Protocol;

/// <summary>
/// A feed message read back: the version, when it was applied if it came from a last-known-good file, and the
/// table exactly as received with the SHA-256 of those bytes. Reading is strict (an unknown property is an error),
/// so the decoded table is what those bytes say, and their hash can be checked without serialising it again.
/// </summary>
internal sealed record DecodedFeedMessage(FeedVersion Version, DateTimeOffset? AppliedAt, JsonElement ReceivedTable, string ReceivedTableHash);
