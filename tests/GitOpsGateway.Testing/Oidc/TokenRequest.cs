namespace GitOpsGateway.Testing.Oidc;

/// <summary>What a token minted by <see cref="TestIssuer"/> says; unset fields take the issuer's defaults.</summary>
public sealed record TokenRequest
{
    public required string Subject { get; init; }

    /// <summary>The <c>aud</c>; null for <see cref="TestIssuer.DefaultAudience"/>.</summary>
    public string? Audience { get; init; }

    public IReadOnlyList<string> Groups { get; init; } = [];

    /// <summary>null for five minutes from now.</summary>
    public DateTimeOffset? Expires { get; init; }

    /// <summary>The key that signs; null for the issuer's current key. Any key may sign, published or not.</summary>
    public TestSigningKey? Key { get; init; }

    /// <summary>The <c>iss</c>; null for the issuer's own URL.</summary>
    public string? Issuer { get; init; }

    /// <summary>Extra claims, such as <c>preferred_username</c>.</summary>
    public IReadOnlyDictionary<string, object> Claims { get; init; } = new Dictionary<string, object>();
}
