using GitOpsGateway.DataPlane.Filters;
using GitOpsGateway.RouteTables.Filters;

namespace GitOpsGateway.DataPlane.Tests.Filters;

public sealed class CorsPolicyTests
{
    private static readonly CorsFilter Policy = new() { AllowOrigins = ["https://app.example.com", "https://*.example.org", "http://plain.example.com:80"] };

    [Theory]
    [InlineData("https://app.example.com", true)]
    [InlineData("HTTPS://APP.EXAMPLE.COM", true)]
    [InlineData("https://a.example.org", true)]
    [InlineData("https://a.b.example.org", true)]
    [InlineData("https://example.org", false)]
    [InlineData("http://a.example.org", false)]
    [InlineData("https://app.example.com.evil.net", false)]
    [InlineData("", false)]
    [InlineData("https://app.example.com:443", true)]
    [InlineData("https://a.example.org:443", true)]
    [InlineData("https://app.example.com:8443", false)]
    [InlineData("http://app.example.com:443", false)]
    [InlineData("http://plain.example.com", true)]
    [InlineData("http://plain.example.com:8080", false)]
    public void origins_match_exactly_or_by_wildcard_subdomain_with_default_ports_implied(string origin, bool allowed)
    {
        Assert.Equal(allowed, CorsPolicy.IsAllowed(Policy, origin));
    }

    [Fact]
    public void a_star_allows_every_origin()
    {
        Assert.True(CorsPolicy.IsAllowed(new CorsFilter { AllowOrigins = ["*"] }, "https://anything.example"));
    }
}
