using System.Text.RegularExpressions;
using GitOpsGateway.ControlPlane.Configuration;
using GitOpsGateway.ControlPlane.Identity;

namespace GitOpsGateway.ControlPlane.Tokens;

/// <summary>What a token definition must satisfy; every problem is reported, not only the first.</summary>
internal static partial class ApiTokenRules
{
    /// <summary>The name the <c>AdminToken</c> setting authenticates as; no API token may take it.</summary>
    public const string BootstrapAdminName = "bootstrap-admin";

    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(90);

    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(3650);

    public static IReadOnlyList<string> Check(string? name, string? role, IReadOnlyList<string> scopes, ControlPlaneSettings settings)
    {
        var errors = new List<string>();
        if (name is null || !NamePattern().IsMatch(name))
        {
            errors.Add("name must be 1 to 63 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit.");
        }
        else if (name == BootstrapAdminName)
        {
            errors.Add($"'{BootstrapAdminName}' is the AdminToken setting's identity; choose another name.");
        }

        if (!RolePermissions.IsRole(role))
        {
            errors.Add($"role must be one of {string.Join(", ", RolePermissions.Roles)}.");
        }
        else if (scopes.Count > 0 && role != IdentityRoles.Operator)
        {
            errors.Add("Only operator tokens take scopes: viewers read everything and admins may do everything.");
        }

        foreach (var scope in scopes)
        {
            if (scope.StartsWith(IdentityClaims.SourceScopePrefix, StringComparison.Ordinal))
            {
                var source = scope[IdentityClaims.SourceScopePrefix.Length..];
                if (settings.FindSource(source) is null)
                {
                    errors.Add($"Scope '{scope}': no source named '{source}' is configured.");
                }
            }
            else if (!scope.StartsWith(IdentityClaims.GatewayScopePrefix, StringComparison.Ordinal)
                || scope[IdentityClaims.GatewayScopePrefix.Length..].Split('/') is not [{ Length: > 0 }, { Length: > 0 }])
            {
                errors.Add($"Scope '{scope}' is neither source:NAME nor gateway:NAMESPACE/NAME.");
            }
        }

        return errors;
    }

    /// <returns>The expiry, or an error.</returns>
    public static (DateTimeOffset? ExpiresAt, string? Error) Expiry(DateTimeOffset now, DateTimeOffset? expiresAt, int? expiresInDays)
    {
        if (expiresAt is not null && expiresInDays is not null)
        {
            return (null, "Give expiresAt or expiresInDays, not both.");
        }

        var expiry = expiresAt ?? now + (expiresInDays is { } days ? TimeSpan.FromDays(days) : DefaultLifetime);
        return expiry <= now || expiry > now + MaxLifetime
            ? (null, $"The expiry must lie in the future and at most {MaxLifetime.TotalDays:0} days ahead.")
            : (expiry.ToUniversalTime(), null);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
