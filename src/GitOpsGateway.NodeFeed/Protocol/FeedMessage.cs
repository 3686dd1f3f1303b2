using System.Text.Json;

namespace GitOpsGateway.NodeFeed.Protocol;

/// <summary>
/// The JSON in the <c>data:</c> line of a <c>version</c> event, and the payload of the last-known-good file.
/// The table stays a raw element so its bytes reach <c>RouteTableSerializer</c> untouched.
/// </summary>
internal sealed record FeedMessage
{
    public required long Version { get; init; }

    public required string Gateway { get; init; }

    public required string Hash { get; init; }

    public required string Provenance { get; init; }

    public DateTimeOffset? ActivatedAt { get; init; }

    /// <summary>Only in the last-known-good file: when this node applied the version.</summary>
    public DateTimeOffset? AppliedAt { get; init; }

    public required JsonElement Table { get; init; }
}
