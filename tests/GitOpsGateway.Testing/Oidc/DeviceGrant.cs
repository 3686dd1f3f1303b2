namespace GitOpsGateway.Testing.Oidc;

/// <summary>One device authorization (RFC 8628) the issuer handed out, and what the person decided.</summary>
public sealed record DeviceGrant
{
    public required string DeviceCode { get; init; }

    public required string UserCode { get; init; }

    public required string ClientId { get; init; }

    public string? Scope { get; init; }

    /// <summary>Who approved it; null while pending.</summary>
    public TokenRequest? ApprovedAs { get; init; }

    public bool Denied { get; init; }

    /// <summary>The token endpoint has handed its tokens out: the device code cannot be used again.</summary>
    public bool Redeemed { get; init; }
}
