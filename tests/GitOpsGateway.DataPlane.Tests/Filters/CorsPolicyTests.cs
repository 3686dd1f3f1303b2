using GitOpsGateway.DataPlane.Filters;
using GitOpsGateway.RouteTables.Filters;

namespace GitOpsGateway.DataPlane.Tests.Filters;

public sealed class CorsPolicyTests
{
    private static readonly CorsFilter Policy = new() { AllowOrigins = ["https://app.example.com", "https://*.example.org"] };

    [Theory]
    [InlineData("https://app.example.com", true)]
    [InlineData("HTTPS://APP.EXAMPLE.COM", true)]
    [InlineData("https://a.example.org", true)]
    [InlineData("https://a.b.example.org", true)]
    [InlineData("https://example.org", false)]
    [InlineData("http://a.example.org", false)]
    [InlineData("https://app.example.com.evil.net", false)]
    [InlineData("", false)]
    public void origins_match_exactly_or_by_wildcard_subdomain(string origin, bool allowed)
    {
        Assert.Equal(allowed, CorsPolicy.IsAllowed(Policy, origin));
    }

    [Fact]
    public void a_star_allows_every_origin()
    {
        Assert.True(CorsPolicy.IsAllowed(new CorsFilter { AllowOrigins = ["*"] }, "https://anything.example"));
    }
}
