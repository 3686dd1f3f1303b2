namespace GitOpsGateway.Events;

/// <summary>
/// Who asked for a command, as authentication established it: never a header. Events recorded before commands were
/// authenticated have none (their <c>Actor</c> was a name the client chose).
/// </summary>
public sealed record CommandCaller
{
    /// <summary>The display identity: an API token's name, or an OIDC subject.</summary>
    public required string Name { get; init; }

    /// <summary>The issuer's identifier for the caller: the token's name, or the OIDC <c>sub</c> claim.</summary>
    public required string Subject { get; init; }

    /// <summary>The OIDC issuer's URL, or <c>gitops-gateway</c> for API tokens.</summary>
    public required string Issuer { get; init; }

    /// <summary>A person automation says it acts for (<c>X-On-Behalf-Of</c>): a note beside the identity, never instead of it.</summary>
    public string? OnBehalfOf { get; init; }

    /// <summary>For people and the <c>Actor</c> fields: "ci-bot", or "ci-bot (on behalf of ada)".</summary>
    public string Describe() => OnBehalfOf is null ? Name : $"{Name} (on behalf of {OnBehalfOf})";
}
