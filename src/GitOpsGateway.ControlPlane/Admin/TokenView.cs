using GitOpsGateway.ControlPlane.Tokens;

namespace GitOpsGateway.ControlPlane.Admin;

/// <summary>A token as the API shows it; <see cref="Token"/> (the secret) only in the answer to a creation or rotation.</summary>
public sealed record TokenView
{
    public required string Name { get; init; }

    public required string Role { get; init; }

    public required IReadOnlyList<string> Scopes { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    public required string CreatedBy { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? LastUsedAt { get; init; }

    public DateTimeOffset? RotatedAt { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }

    /// <summary><c>active</c>, <c>expired</c> or <c>revoked</c>.</summary>
    public required string State { get; init; }

    public string? Token { get; init; }

    public static TokenView From(ApiToken token, DateTimeOffset now, string? secret = null)
    {
        ArgumentNullException.ThrowIfNull(token);
        return new TokenView
        {
            Name = token.Name,
            Role = token.Role,
            Scopes = token.Scopes,
            ExpiresAt = token.ExpiresAt,
            CreatedBy = token.CreatedBy,
            CreatedAt = token.CreatedAt,
            LastUsedAt = token.LastUsedAt,
            RotatedAt = token.RotatedAt,
            RevokedAt = token.RevokedAt,
            State = token.RevokedAt is not null ? "revoked" : token.ExpiresAt <= now ? "expired" : "active",
            Token = secret,
        };
    }
}
