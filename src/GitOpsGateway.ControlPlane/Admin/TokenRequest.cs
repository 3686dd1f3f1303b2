namespace GitOpsGateway.ControlPlane.Admin;

/// <summary>The body of <c>POST /api/v1/tokens</c>.</summary>
public sealed record TokenRequest
{
    public string? Name { get; init; }

    public string? Role { get; init; }

    public IReadOnlyList<string>? Scopes { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Instead of <see cref="ExpiresAt"/>; 90 days when both are left out.</summary>
    public int? ExpiresInDays { get; init; }
}
