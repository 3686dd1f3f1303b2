namespace GitOpsGateway.Events;

/// <summary>
/// A version was pinned: new commits are still ingested and compiled, but not activated until
/// <see cref="VersionUnpinned"/>. The time of the pin is the event's timestamp.
/// </summary>
public sealed record VersionPinned
{
    public required string CommandId { get; init; }

    public required string Source { get; init; }

    /// <summary>"namespace/name" when only one Gateway is pinned; null for the whole source.</summary>
    public string? Gateway { get; init; }

    public required long Version { get; init; }

    /// <summary>For people: the caller's name, with "(on behalf of …)" when a note was given; before authentication, a name the client chose.</summary>
    public required string Actor { get; init; }

    /// <summary>The authenticated caller; null in events recorded before commands were authenticated.</summary>
    public CommandCaller? Caller { get; init; }

    public required string Reason { get; init; }
}
