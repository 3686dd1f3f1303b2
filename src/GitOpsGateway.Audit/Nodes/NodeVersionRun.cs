namespace GitOpsGateway.Audit.Nodes;

/// <summary>
/// One node and one version: when the node applied it and when it moved on, or why it could not apply it.
/// Kept inline from <see cref="NodeReported"/>.
/// </summary>
public sealed record NodeVersionRun
{
    /// <summary>"GATEWAY/NODE@VERSION".</summary>
    public required string Id { get; init; }

    /// <summary>"GATEWAY/NODE".</summary>
    public required string NodeKey { get; init; }

    public required string Gateway { get; init; }

    public required string Node { get; init; }

    public required long VersionNumber { get; init; }

    public string? Hash { get; init; }

    /// <summary>When the node says it applied the version; null while it has only tried and failed.</summary>
    public DateTimeOffset? AppliedAt { get; init; }

    public required DateTimeOffset FirstReportedAt { get; init; }

    public required DateTimeOffset LastReportedAt { get; init; }

    /// <summary>When the node reported serving another version; null while it still serves this one.</summary>
    public DateTimeOffset? ReplacedAt { get; init; }

    public long? ReplacedBy { get; init; }

    /// <summary>The errors of the latest failed attempt to apply this version; empty once applied.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    public static string IdFor(string gateway, string node, long version) =>
        $"{NodeStatusRecord.IdFor(gateway, node)}@{version.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
