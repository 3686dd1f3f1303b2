using System.Globalization;

namespace GitOpsGateway.Events;

/// <summary>What a rollback restores: exactly one of a version, a commit of the source, or a point in time.</summary>
public sealed record RollbackTarget
{
    public long? Version { get; init; }

    public string? CommitSha { get; init; }

    public DateTimeOffset? PointInTime { get; init; }

    public override string ToString() => (Version, CommitSha, PointInTime) switch
    {
        ({ } version, null, null) => string.Create(CultureInfo.InvariantCulture, $"version {version}"),
        (null, { } sha, null) => $"commit {sha}",
        (null, null, { } time) => string.Create(CultureInfo.InvariantCulture, $"state at {time:O}"),
        _ => "an ambiguous target",
    };
}
