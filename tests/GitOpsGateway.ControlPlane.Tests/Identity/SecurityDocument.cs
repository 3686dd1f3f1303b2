using System.Text;
using GitOpsGateway.ControlPlane.Identity;
using Microsoft.AspNetCore.Http;

namespace GitOpsGateway.ControlPlane.Tests.Identity;

/// <summary>The generated section of docs/security.md: which role holds which permission, and which endpoint needs which.</summary>
internal static class SecurityDocument
{
    public const string RewriteVariable = "GITOPS_GATEWAY_REWRITE_DOCS";

    private const string Begin = "<!-- generated from RolePermissions by EndpointPermissionTests: begin -->";
    private const string End = "<!-- generated from RolePermissions by EndpointPermissionTests: end -->";

    public static string Render(SortedDictionary<string, EndpointMetadataCollection> endpoints, IReadOnlySet<string> anonymous)
    {
        var text = new StringBuilder();
        text.Append("| permission | ").AppendJoin(" | ", RolePermissions.Roles).Append(" |\n|---|").AppendJoin(string.Empty, RolePermissions.Roles.Select(_ => "---|")).Append('\n');
        foreach (var permission in Enum.GetValues<Permission>())
        {
            text.Append("| `").Append(permission).Append("` | ")
                .AppendJoin(" | ", RolePermissions.Roles.Select(role => RolePermissions.Table[role].Contains(permission) ? "yes" : "no"))
                .Append(" |\n");
        }

        text.Append("\n| endpoint | permission | roles |\n|---|---|---|\n");
        foreach (var (key, metadata) in endpoints)
        {
            if (metadata.GetMetadata<RequiredPermission>()?.Permission is { } permission)
            {
                var roles = RolePermissions.Roles.Where(role => RolePermissions.Table[role].Contains(permission));
                text.Append("| `").Append(key).Append("` | `").Append(permission).Append("` | ").AppendJoin(", ", roles).Append(" |\n");
            }
            else if (anonymous.Contains(key))
            {
                text.Append("| `").Append(key).Append("` | anonymous | everyone (checked otherwise, see below) |\n");
            }
        }

        return text.ToString();
    }

    public static string Section(string document)
    {
        var start = document.IndexOf(Begin, StringComparison.Ordinal);
        var end = document.IndexOf(End, StringComparison.Ordinal);
        return start < 0 || end < start ? string.Empty : document[(start + Begin.Length)..end].Trim('\n') + "\n";
    }

    public static string Replace(string document, string rendered)
    {
        var start = document.IndexOf(Begin, StringComparison.Ordinal);
        var end = document.IndexOf(End, StringComparison.Ordinal);
        return start < 0 || end < start
            ? throw new InvalidOperationException($"docs/security.md lacks the markers {Begin} and {End}.")
            : document[..(start + Begin.Length)] + "\n" + rendered + document[end..];
    }
}
