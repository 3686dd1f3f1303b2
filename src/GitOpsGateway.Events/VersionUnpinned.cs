namespace GitOpsGateway.Events;

/// <summary>A pin was lifted: the newest compiled version becomes active again. The time is the event's timestamp.</summary>
public sealed record VersionUnpinned
{
    public required string CommandId { get; init; }

    public required string Source { get; init; }

    /// <summary>"namespace/name" when the pin concerned one Gateway; null for the whole source.</summary>
    public string? Gateway { get; init; }

    public required string Actor { get; init; }

    public required string Reason { get; init; }
}
