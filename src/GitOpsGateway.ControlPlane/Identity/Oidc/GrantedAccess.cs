namespace GitOpsGateway.ControlPlane.Identity.Oidc;

/// <summary>What the grants give one caller: a role (null: none matched) and the scopes limiting it (none: unlimited).</summary>
internal sealed record GrantedAccess(string? Role, IReadOnlyList<string> Scopes)
{
    private static readonly string[] Ranking = [IdentityRoles.Viewer, IdentityRoles.Operator, IdentityRoles.Admin];

    /// <summary>
    /// The highest role any matching grant gives; its scopes are the union of the scopes of the grants giving that
    /// role, and none when one of them names none. Lower roles from other grants add nothing: a role's claims
    /// cannot carry scopes of their own.
    /// </summary>
    public static GrantedAccess Resolve(IReadOnlyList<OidcGrant> grants, string subject, IReadOnlyCollection<string> groups)
    {
        var matching = grants.Where(grant => grant.Matches(subject, groups)).ToList();
        if (matching.Count == 0)
        {
            return new GrantedAccess(null, []);
        }

        var role = matching.MaxBy(grant => Array.IndexOf(Ranking, grant.Role))!.Role;
        var giving = matching.Where(grant => grant.Role == role).ToList();
        if (giving.Any(grant => !grant.IsScoped))
        {
            return new GrantedAccess(role, []);
        }

        var scopes = giving
            .SelectMany(grant => grant.Sources.Select(source => "source:" + source).Concat(grant.Gateways.Select(gateway => "gateway:" + gateway)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new GrantedAccess(role, scopes);
    }
}
