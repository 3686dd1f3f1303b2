using GitOpsGateway.Events.Projections;

namespace GitOpsGateway.ControlPlane.Admin;

/// <summary>
/// The answer of <c>GET /api/v1/versions/at</c>: the version that was active at <see cref="At"/> (the time asked
/// for, or when the commit asked for was ingested), why it was active, and its tables and statuses.
/// </summary>
public sealed record VersionAtView
{
    /// <summary>The moment answered for.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>The commit asked for, in full, when the question named one.</summary>
    public string? Commit { get; init; }

    public required string Source { get; init; }

    /// <summary>When the version became active.</summary>
    public required DateTimeOffset ActivatedAt { get; init; }

    public required ActivationCause Cause { get; init; }

    /// <summary>The pin's or unpin's command id when one activated it.</summary>
    public string? CommandId { get; init; }

    /// <summary>Only the asked Gateway's table when <c>gateway</c> was given; statuses of every object of the source.</summary>
    public required VersionView Version { get; init; }
}
