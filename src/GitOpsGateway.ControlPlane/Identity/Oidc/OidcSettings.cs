namespace GitOpsGateway.ControlPlane.Identity.Oidc;

/// <summary>The <c>Oidc</c> settings: which issuer's tokens are accepted, for which audience, and what roles they grant.</summary>
public sealed record OidcSettings
{
    public static readonly TimeSpan DefaultClockSkew = TimeSpan.FromMinutes(1);

    public const string DefaultGroupsClaim = "groups";

    public const string DefaultNameClaim = "sub";

    /// <summary>The issuer URL exactly as its tokens carry it in <c>iss</c>; discovery is read below it.</summary>
    public required string Issuer { get; init; }

    /// <summary>The <c>aud</c> a token must carry to be accepted here.</summary>
    public required string Audience { get; init; }

    public TimeSpan ClockSkew { get; init; } = DefaultClockSkew;

    /// <summary>PEM certificates trusted (besides the system's) for the issuer's TLS certificate; null for the system's alone.</summary>
    public string? CaFile { get; init; }

    /// <summary>The claim holding the caller's groups: an array of strings, or one string.</summary>
    public string GroupsClaim { get; init; } = DefaultGroupsClaim;

    /// <summary>The claim shown as the caller's name (the subject is always recorded beside it).</summary>
    public string NameClaim { get; init; } = DefaultNameClaim;

    public IReadOnlyList<OidcGrant> Grants { get; init; } = [];

    public Uri DiscoveryAddress => new(Issuer.TrimEnd('/') + "/.well-known/openid-configuration");
}
