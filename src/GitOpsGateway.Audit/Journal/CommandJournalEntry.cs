namespace GitOpsGateway.Audit.Journal;

/// <summary>A rollback, pin, unpin, secret masking or API token change: who asked, why, for what, when, and the version a rollback produced.</summary>
public sealed record CommandJournalEntry
{
    /// <summary>The command id: the provenance of the version a rollback publishes names it.</summary>
    public required string Id { get; init; }

    public required CommandKind Kind { get; init; }

    public required string Source { get; init; }

    /// <summary>"namespace/name", or null when the command concerns the whole source.</summary>
    public string? Gateway { get; init; }

    /// <summary>
    /// For people: "version 7", "commit 1a2b…", "state at 2026-11-01T09:00:00Z"; "sha256:…" of each value a masking
    /// removed (never the value); null for an unpin.
    /// </summary>
    public string? Target { get; init; }

    public long? TargetVersion { get; init; }

    public string? TargetCommit { get; init; }

    public DateTimeOffset? TargetTime { get; init; }

    /// <summary>
    /// The caller's name for people ("(on behalf of …)" added when a note was given). In entries recorded before
    /// commands were authenticated, a name the client chose: <see cref="Issuer"/> is null for those.
    /// </summary>
    public required string Actor { get; init; }

    /// <summary>Who the issuer says asked: an API token's name or an OIDC subject; null before authentication existed.</summary>
    public string? Subject { get; init; }

    /// <summary>The OIDC issuer's URL, or <c>gitops-gateway</c> for API tokens; null before authentication existed.</summary>
    public string? Issuer { get; init; }

    /// <summary>The person automation said it acted for: a claim of the caller's, recorded beside the identity.</summary>
    public string? OnBehalfOf { get; init; }

    public required string Reason { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary>The event's sequence: the journal's order.</summary>
    public required long Sequence { get; init; }

    /// <summary>The version a rollback published; null until then, and for pins.</summary>
    public long? ResultingVersion { get; init; }

    /// <summary>For a secret masking: how many stored events it rewrote.</summary>
    public int? EventsRewritten { get; init; }

    /// <summary>For a secret masking: how many stored documents it rewrote.</summary>
    public int? DocumentsRewritten { get; init; }
}
