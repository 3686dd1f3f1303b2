namespace GitOpsGateway.ControlPlane.Tokens;

/// <summary>A named API token as its table keeps it: everything but the secret, whose SHA-256 alone is stored.</summary>
public sealed record ApiToken
{
    public required string Name { get; init; }

    public required string Role { get; init; }

    /// <summary><c>source:NAME</c> and <c>gateway:NAMESPACE/NAME</c>; empty for an unscoped token.</summary>
    public required IReadOnlyList<string> Scopes { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    public required string CreatedBy { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Coarse: written at most once per <see cref="ApiTokenStore.LastUsedResolution"/> per replica.</summary>
    public DateTimeOffset? LastUsedAt { get; init; }

    public DateTimeOffset? RotatedAt { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }

    public bool IsValidAt(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;
}
