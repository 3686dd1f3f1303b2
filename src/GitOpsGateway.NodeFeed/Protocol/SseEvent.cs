namespace GitOpsGateway.NodeFeed.Protocol;

/// <summary>One dispatched Server-Sent Event: its type ("message" when the stream named none), last id and data.</summary>
internal sealed record SseEvent(string Type, string? Id, string Data);
