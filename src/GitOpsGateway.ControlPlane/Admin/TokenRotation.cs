namespace GitOpsGateway.ControlPlane.Admin;

/// <summary>The body of <c>POST /api/v1/tokens/{name}/rotate</c>: the new expiry (90 days when both are left out).</summary>
public sealed record TokenRotation
{
    public DateTimeOffset? ExpiresAt { get; init; }

    public int? ExpiresInDays { get; init; }
}
