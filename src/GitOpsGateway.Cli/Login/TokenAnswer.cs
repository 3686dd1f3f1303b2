namespace GitOpsGateway.Cli.Login;

/// <summary>A token endpoint's answer: tokens, or the OAuth error code (<c>authorization_pending</c>, <c>slow_down</c>, ...).</summary>
internal sealed record TokenAnswer
{
    public string? AccessToken { get; init; }

    public string? RefreshToken { get; init; }

    public TimeSpan? ExpiresIn { get; init; }

    public string? Error { get; init; }

    public string? ErrorDescription { get; init; }
}
