namespace GitOpsGateway.ControlPlane.Identity.Oidc;

/// <summary>
/// One <c>Oidc:Grants:N</c> entry: callers in <see cref="Group"/> (or with the subject <see cref="Subject"/>) get
/// <see cref="Role"/>, limited to these sources and Gateways when any are named.
/// </summary>
public sealed record OidcGrant
{
    public string? Group { get; init; }

    public string? Subject { get; init; }

    /// <summary><c>viewer</c>, <c>operator</c> or <c>admin</c>.</summary>
    public required string Role { get; init; }

    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary><c>namespace/name</c> each.</summary>
    public IReadOnlyList<string> Gateways { get; init; } = [];

    public bool IsScoped => Sources.Count > 0 || Gateways.Count > 0;

    public bool Matches(string subject, IReadOnlyCollection<string> groups) =>
        (Subject is not null && string.Equals(Subject, subject, StringComparison.Ordinal))
        || (Group is not null && groups.Contains(Group, StringComparer.Ordinal));
}
