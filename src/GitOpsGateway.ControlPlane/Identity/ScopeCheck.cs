using System.Security.Claims;
using GitOpsGateway.Events.Projections;
using Marten;

namespace GitOpsGateway.ControlPlane.Identity;

/// <summary>
/// Whether a caller's scopes cover a command on a source: admins and unscoped callers may act on every source; a
/// <c>source:S</c> scope covers S; <c>gateway:</c> scopes cover S when they name every Gateway S has ever served
/// (a rollback or pin of S can change any of them), and S has served at least one.
/// </summary>
internal static class ScopeCheck
{
    /// <returns>Null when the caller may act; otherwise why not, for the answer.</returns>
    public static async Task<string?> RefusalAsync(ClaimsPrincipal user, string? source, IQuerySession session, CancellationToken cancellationToken)
    {
        if (RolePermissions.IsAdmin(user) || source is null)
        {
            // Without a source the command cannot resolve one either and fails on its own.
            return null;
        }

        var scopes = CallerScopes.Of(user);
        if (scopes.Unscoped || scopes.Sources.Contains(source))
        {
            return null;
        }

        var gateways = await GatewaysOfAsync(session, source, cancellationToken);
        if (gateways.Count > 0 && gateways.All(scopes.Gateways.Contains))
        {
            return null;
        }

        var name = user.FindFirstValue(IdentityClaims.Name) ?? "the caller";
        var served = gateways.Count == 0 ? "no Gateway yet" : "Gateways " + string.Join(", ", gateways);
        return $"{name} is scoped to {scopes}; source '{source}' serves {served}, so acting on it needs source:{source} or a gateway: scope for each of them.";
    }

    private static async Task<IReadOnlyList<string>> GatewaysOfAsync(IQuerySession session, string source, CancellationToken cancellationToken)
    {
        var active = await session.Query<ActiveVersion>()
            .Where(version => version.Source == source && version.Gateway != null)
            .ToListAsync(cancellationToken);
        return [.. active.Select(version => version.Gateway!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }
}
