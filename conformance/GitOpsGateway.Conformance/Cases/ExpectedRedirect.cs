namespace GitOpsGateway.Conformance.Cases;

/// <summary>Where a redirect must point (upstream <c>roundtripper.RedirectRequest</c>); empty fields take the request's.</summary>
public sealed record ExpectedRedirect
{
    public string Scheme { get; init; } = string.Empty;

    public string Host { get; init; } = string.Empty;

    public string Port { get; init; } = string.Empty;

    public string Path { get; init; } = string.Empty;
}
