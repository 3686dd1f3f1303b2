using GitOpsGateway.Events.Queries;

namespace GitOpsGateway.ControlPlane.Admin;

/// <summary>One source in <c>GET /api/v1/status</c>: the version served, the version the head commit compiles to, the pin, and one sentence saying so.</summary>
public sealed record SourceStatusView
{
    public required string Name { get; init; }

    public long? ActiveVersion { get; init; }

    public string? ActiveHash { get; init; }

    public long? HeadVersion { get; init; }

    public string? HeadHash { get; init; }

    public PinView? Pin { get; init; }

    public string? LastIngestedSha { get; init; }

    public string? LastError { get; init; }

    /// <summary>The commit being retried, then the newest commits skipped after failing (docs/adr/0014).</summary>
    public IReadOnlyList<FailedCommitStatus> FailedCommits { get; init; } = [];

    public bool InSync { get; init; }

    /// <summary>How many rejections the last ingested commit has (<c>GET /api/v1/sources/{name}/rejections</c> lists them).</summary>
    public int Rejections { get; init; }

    /// <summary>
    /// "pinned at v5 (rollback to v2 by ada: bad weights), head compiles to v6", or "serving v6 (head)"; then
    /// "; sync failing: …" while a sync fails, and "; skipped 1 failed commit, newest abc1234" once one was skipped.
    /// </summary>
    public required string Summary { get; init; }
}
