namespace GitOpsGateway.Events;

/// <summary>
/// Someone asked to restore an earlier state by event replay. The version it produces names
/// <see cref="CommandId"/> in its provenance; the time of the request is the event's timestamp.
/// </summary>
public sealed record RollbackRequested
{
    public required string CommandId { get; init; }

    public required string Source { get; init; }

    /// <summary>"namespace/name" when only one Gateway is rolled back; null for the whole source.</summary>
    public string? Gateway { get; init; }

    public required RollbackTarget Target { get; init; }

    /// <summary>For people: the caller's name, with "(on behalf of …)" when a note was given; before authentication, a name the client chose.</summary>
    public required string Actor { get; init; }

    /// <summary>The authenticated caller; null in events recorded before commands were authenticated.</summary>
    public CommandCaller? Caller { get; init; }

    public required string Reason { get; init; }
}
