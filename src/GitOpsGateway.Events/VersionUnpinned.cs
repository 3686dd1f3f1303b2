namespace GitOpsGateway.Events;

/// <summary>
/// A pin was lifted: what the head commit compiles to becomes active again. The time is the event's timestamp.
/// </summary>
public sealed record VersionUnpinned
{
    public required string CommandId { get; init; }

    public required string Source { get; init; }

    /// <summary>"namespace/name" when the pin concerned one Gateway; null for the whole source.</summary>
    public string? Gateway { get; init; }

    /// <summary>For people: the caller's name, with "(on behalf of …)" when a note was given; before authentication, a name the client chose.</summary>
    public required string Actor { get; init; }

    /// <summary>The authenticated caller; null in events recorded before commands were authenticated.</summary>
    public CommandCaller? Caller { get; init; }

    public required string Reason { get; init; }

    /// <summary>
    /// The number under which the unpin publishes the head's tables anew (that version follows this event), when
    /// the newest version held other tables (a rollback's); null when the newest version is the head's and
    /// becomes active again.
    /// </summary>
    public long? HeadVersion { get; init; }
}
