namespace GitOpsGateway.ControlPlane.Tokens;

/// <summary>What a token creation, revocation or rotation did: the token, the secret once (creation and rotation), or why nothing was done.</summary>
public sealed record ApiTokenOutcome(ApiTokenOutcomeStatus Status)
{
    public ApiToken? Token { get; init; }

    /// <summary>The secret, shown this once: the server keeps only its hash.</summary>
    public string? Secret { get; init; }

    public string? Error { get; init; }

    public static ApiTokenOutcome Failed(ApiTokenOutcomeStatus status, string error) => new(status) { Error = error };
}
