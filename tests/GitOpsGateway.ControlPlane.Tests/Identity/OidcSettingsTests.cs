using GitOpsGateway.ControlPlane.Configuration;
using GitOpsGateway.Testing.Oidc;
using Microsoft.Extensions.Configuration;

namespace GitOpsGateway.ControlPlane.Tests.Identity;

public sealed class OidcSettingsTests
{
    private static readonly Dictionary<string, string?> Base = new()
    {
        ["Database"] = "Host=db;Database=gateway",
        ["AdminToken"] = "token",
        ["Sources:0:Name"] = "shop",
        ["Sources:0:Repository"] = "https://git.example.com/acme/shop.git",
    };

    [Fact]
    public void every_oidc_problem_is_reported_at_once()
    {
        var failure = Assert.Throws<ControlPlaneConfigurationException>(() => Read(new()
        {
            ["Oidc:Issuer"] = "http://login.example.com",
            ["Oidc:ClockSkew"] = "01:00:00",
            ["Oidc:CaFile"] = "/nonexistent/ca.pem",
            ["Oidc:Grants:0:Group"] = "ops",
            ["Oidc:Grants:0:Role"] = "superuser",
            ["Oidc:Grants:1:Role"] = "operator",
            ["Oidc:Grants:2:Group"] = "billing",
            ["Oidc:Grants:2:Role"] = "operator",
            ["Oidc:Grants:2:Sources"] = "shop, billing",
            ["Oidc:Grants:2:Gateways"] = "shop/edge, edge",
        }));

        Assert.Contains(failure.Problems, problem => problem.StartsWith("Oidc:Issuer must be an https:// URL", StringComparison.Ordinal));
        Assert.Contains(failure.Problems, problem => problem.StartsWith("Oidc:Audience is not set", StringComparison.Ordinal));
        Assert.Contains(failure.Problems, problem => problem.StartsWith("Oidc:ClockSkew must be a duration", StringComparison.Ordinal));
        Assert.Contains(failure.Problems, problem => problem.StartsWith("Oidc:CaFile names /nonexistent/ca.pem", StringComparison.Ordinal));
        Assert.Contains(failure.Problems, problem => problem.StartsWith("Oidc:Grants:0:Role must be viewer, operator, admin, not 'superuser'", StringComparison.Ordinal));
        Assert.Contains(failure.Problems, problem => problem.StartsWith("Oidc:Grants:1: set Group or Subject", StringComparison.Ordinal));
        Assert.Contains(failure.Problems, problem => problem.StartsWith("Oidc:Grants:2:Sources names 'billing', which is not a configured source", StringComparison.Ordinal));
        Assert.Contains(failure.Problems, problem => problem == "Oidc:Grants:2:Gateways: 'edge' is not namespace/name.");
        Assert.DoesNotContain(failure.Problems, problem => problem.Contains("'shop'", StringComparison.Ordinal));
    }

    [Fact]
    public void settings_under_oidc_without_an_issuer_are_refused_and_none_at_all_leave_oidc_off()
    {
        var failure = Assert.Throws<ControlPlaneConfigurationException>(() => Read(new() { ["Oidc:Audience"] = "gitops-gateway" }));
        Assert.Contains("Oidc: settings are given but Oidc:Issuer is not set.", failure.Problems);

        Assert.Null(Read([]).Oidc);
    }

    [Fact]
    public void a_valid_section_is_read_with_its_grants_and_a_misspelt_grant_key_is_named()
    {
        using var authority = TestCertificateAuthority.Create();
        var settings = Read(new()
        {
            ["Oidc:Issuer"] = "https://login.example.com/realms/ops",
            ["Oidc:Audience"] = "gitops-gateway",
            ["Oidc:ClockSkew"] = "00:00:30",
            ["Oidc:CaFile"] = authority.CaFile,
            ["Oidc:GroupsClaim"] = "roles",
            ["Oidc:Grants:0:Group"] = "shop-team",
            ["Oidc:Grants:0:Role"] = "Operator",
            ["Oidc:Grants:0:Sources"] = "shop",
            ["Oidc:Grants:0:Gateways"] = "shop/edge,shop/internal",
            ["Oidc:Grants:1:Subject"] = "ci-deployer",
            ["Oidc:Grants:1:Rol"] = "admin",
            ["Oidc:Grants:1:Role"] = "admin",
        });

        var oidc = Assert.IsType<ControlPlane.Identity.Oidc.OidcSettings>(settings.Oidc);
        Assert.Equal("https://login.example.com/realms/ops", oidc.Issuer);
        Assert.Equal(new Uri("https://login.example.com/realms/ops/.well-known/openid-configuration"), oidc.DiscoveryAddress);
        Assert.Equal(TimeSpan.FromSeconds(30), oidc.ClockSkew);
        Assert.Equal("roles", oidc.GroupsClaim);
        Assert.Equal("sub", oidc.NameClaim);
        Assert.Equal(["shop/edge", "shop/internal"], oidc.Grants[0].Gateways);
        Assert.Equal("operator", oidc.Grants[0].Role);
        Assert.Equal("ci-deployer", oidc.Grants[1].Subject);
        var unknown = Assert.Single(settings.UnknownKeys);
        Assert.Equal(("Oidc:Grants:1:Rol", "Oidc:Grants:1:Role"), (unknown.Given, unknown.Closest));
    }

    private static ControlPlaneSettings Read(Dictionary<string, string?> oidc)
    {
        var values = new Dictionary<string, string?>(Base);
        foreach (var (key, value) in oidc)
        {
            values[key] = value;
        }

        return ControlPlaneSettingsReader.Read(new ConfigurationBuilder().AddInMemoryCollection(values).Build(), new ConfigurationBuilder().Build(), []);
    }
}
