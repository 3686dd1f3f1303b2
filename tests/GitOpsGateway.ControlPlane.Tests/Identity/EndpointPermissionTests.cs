using GitOpsGateway.ControlPlane.Identity;
using GitOpsGateway.Testing.Processes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GitOpsGateway.ControlPlane.Tests.Identity;

/// <summary>
/// Every endpoint of the real control-plane host either declares the permission it needs, and exactly the one this
/// table expects, or is on the short anonymous list. A new endpoint fails here until it is added to one of them, so
/// nothing is left open or over-granted. docs/security.md's tables are rendered from the same facts.
/// </summary>
public sealed class EndpointPermissionTests
{
    /// <summary>Anonymous by design: health, the OpenAPI document, webhooks (signature-checked) and the node feed (node tokens).</summary>
    private static readonly SortedSet<string> Anonymous = new(StringComparer.Ordinal)
    {
        "GET /healthz",
        "GET /readyz",
        "GET /openapi/{documentName}.json",
        "POST /webhooks/github",
        "POST /webhooks/gitlab",
        "POST /webhooks/gitea",
        "GET /api/v1/nodes/",
        "GET /api/v1/nodes/feed",
        "POST /api/v1/nodes/reports",
    };

    private static readonly SortedDictionary<string, Permission> Expected = new(StringComparer.Ordinal)
    {
        ["GET /api/v1/sources"] = Permission.Read,
        ["POST /api/v1/sources/{name}/sync"] = Permission.Sync,
        ["GET /api/v1/sources/{name}/rejections"] = Permission.Read,
        ["GET /api/v1/rejections"] = Permission.Read,
        ["GET /api/v1/versions"] = Permission.Read,
        ["GET /api/v1/versions/active"] = Permission.Read,
        ["GET /api/v1/versions/{number:long}"] = Permission.Read,
        ["GET /api/v1/versions/at"] = Permission.Read,
        ["GET /api/v1/versions/{number:long}/convergence"] = Permission.Read,
        ["GET /api/v1/versions/{from:long}/diff/{to:long}"] = Permission.Read,
        ["GET /api/v1/resources"] = Permission.Read,
        ["GET /api/v1/status"] = Permission.Read,
        ["GET /api/v1/history/{kind}/{ns}/{name}"] = Permission.Read,
        ["GET /api/v1/audit"] = Permission.Read,
        ["GET /api/v1/journal"] = Permission.Read,
        ["GET /api/v1/nodes/{ns}/{gateway}/{node}/history"] = Permission.Read,
        ["POST /api/v1/rollback"] = Permission.Rollback,
        ["POST /api/v1/pin"] = Permission.Pin,
        ["POST /api/v1/unpin"] = Permission.Unpin,
        ["GET /api/v1/tokens"] = Permission.ManageTokens,
        ["POST /api/v1/tokens"] = Permission.ManageTokens,
        ["POST /api/v1/tokens/{name}/revoke"] = Permission.ManageTokens,
        ["POST /api/v1/tokens/{name}/rotate"] = Permission.ManageTokens,
    };

    [Fact]
    public async Task every_endpoint_declares_the_permission_this_table_expects_or_is_on_the_anonymous_list()
    {
        var endpoints = await EndpointsAsync();
        var problems = new List<string>();
        foreach (var (key, metadata) in endpoints)
        {
            var declared = metadata.GetMetadata<RequiredPermission>()?.Permission;
            var anonymous = metadata.GetMetadata<IAllowAnonymous>() is not null;
            if (Anonymous.Contains(key))
            {
                if (!anonymous || declared is not null)
                {
                    problems.Add($"{key} is on the anonymous list but is not mapped anonymous (or declares {declared}).");
                }
            }
            else if (anonymous)
            {
                problems.Add($"{key} allows anonymous callers but is not on the anonymous list.");
            }
            else if (declared is null)
            {
                problems.Add($"{key} declares no permission: add .RequirePermission(...) and a row to the expected table.");
            }
            else if (!Expected.TryGetValue(key, out var expected))
            {
                problems.Add($"{key} declares {declared} but has no row in the expected table.");
            }
            else if (declared != expected)
            {
                problems.Add($"{key} declares {declared}; the table expects {expected}.");
            }
        }

        problems.AddRange(Expected.Keys.Concat(Anonymous).Except(endpoints.Keys).Select(key => $"{key} is expected but no longer mapped."));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void viewers_only_read_operators_act_on_versions_and_only_admins_manage_tokens()
    {
        Assert.Equal([Permission.Read], RolePermissions.Table[IdentityRoles.Viewer].Order());
        Assert.Equal(
            [Permission.Read, Permission.ReadSecretDetails, Permission.Sync, Permission.Rollback, Permission.Pin, Permission.Unpin],
            RolePermissions.Table[IdentityRoles.Operator].Order());
        Assert.Equal(Enum.GetValues<Permission>(), RolePermissions.Table[IdentityRoles.Admin].Order());
    }

    [Fact]
    public async Task the_role_tables_of_docs_security_md_are_rendered_from_the_permission_table()
    {
        var rendered = SecurityDocument.Render(await EndpointsAsync(), Anonymous);
        var path = Path.Combine(RepositoryRoot.Find(), "docs", "security.md");
        var document = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        if (Environment.GetEnvironmentVariable(SecurityDocument.RewriteVariable) == "1")
        {
            await File.WriteAllTextAsync(path, SecurityDocument.Replace(document, rendered), TestContext.Current.CancellationToken);
            return;
        }

        Assert.True(
            SecurityDocument.Section(document) == rendered,
            $"docs/security.md's generated section differs from the permission table; run this test with {SecurityDocument.RewriteVariable}=1 and commit the result.");
    }

    private static async Task<SortedDictionary<string, EndpointMetadataCollection>> EndpointsAsync()
    {
        var tokenFile = Path.GetTempFileName();
        await File.WriteAllTextAsync(tokenFile, "enumeration-token", TestContext.Current.CancellationToken);
        try
        {
            await using var app = ControlPlaneHost.Build(
            [
                "--database", "Host=127.0.0.1;Port=1;Database=enumeration;Username=none",
                "--Sources:0:Name", "enumeration",
                "--Sources:0:Repository", Path.GetTempPath(),
                "--AdminTokenFile", tokenFile,
            ]);
            var endpoints = new SortedDictionary<string, EndpointMetadataCollection>(StringComparer.Ordinal);
            foreach (var endpoint in ((IEndpointRouteBuilder)app).DataSources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>())
            {
                var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"];
                foreach (var method in methods)
                {
                    Assert.True(endpoints.TryAdd($"{method} {endpoint.RoutePattern.RawText}", endpoint.Metadata), $"{method} {endpoint.RoutePattern.RawText} is mapped twice.");
                }
            }

            return endpoints;
        }
        finally
        {
            File.Delete(tokenFile);
        }
    }
}
