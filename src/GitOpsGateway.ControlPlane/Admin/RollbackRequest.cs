namespace GitOpsGateway.ControlPlane.Admin;

/// <summary>The body of <c>POST /api/v1/rollback</c>: exactly one of <see cref="ToVersion"/>, <see cref="ToCommit"/>, <see cref="ToTime"/>, and a reason.</summary>
public sealed record RollbackRequest
{
    public long? ToVersion { get; init; }

    public string? ToCommit { get; init; }

    public DateTimeOffset? ToTime { get; init; }

    public string? Reason { get; init; }

    /// <summary>Needed with <see cref="ToCommit"/> or <see cref="ToTime"/> only when several sources are configured.</summary>
    public string? Source { get; init; }
}
