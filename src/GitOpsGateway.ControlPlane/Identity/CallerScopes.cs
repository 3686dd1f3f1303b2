using System.Security.Claims;

namespace GitOpsGateway.ControlPlane.Identity;

/// <summary>The sources and Gateways a caller's scope claims name; none at all means unscoped (every source and Gateway).</summary>
internal sealed record CallerScopes(IReadOnlySet<string> Sources, IReadOnlySet<string> Gateways)
{
    public bool Unscoped => Sources.Count == 0 && Gateways.Count == 0;

    public static CallerScopes Of(ClaimsPrincipal user)
    {
        var sources = new HashSet<string>(StringComparer.Ordinal);
        var gateways = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in user.FindAll(IdentityClaims.Scope))
        {
            if (claim.Value.StartsWith(IdentityClaims.SourceScopePrefix, StringComparison.Ordinal))
            {
                sources.Add(claim.Value[IdentityClaims.SourceScopePrefix.Length..]);
            }
            else if (claim.Value.StartsWith(IdentityClaims.GatewayScopePrefix, StringComparison.Ordinal))
            {
                gateways.Add(claim.Value[IdentityClaims.GatewayScopePrefix.Length..]);
            }
            else
            {
                // A scope this version cannot read must narrow, never widen: it matches nothing, yet makes the caller scoped.
                sources.Add("\0" + claim.Value);
            }
        }

        return new CallerScopes(sources, gateways);
    }

    public override string ToString() =>
        string.Join(", ", Sources.Select(source => IdentityClaims.SourceScopePrefix + source).Concat(Gateways.Select(gateway => IdentityClaims.GatewayScopePrefix + gateway)).Order(StringComparer.Ordinal));
}
