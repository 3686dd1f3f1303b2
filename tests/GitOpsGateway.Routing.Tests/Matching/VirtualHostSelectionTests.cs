using static GitOpsGateway.Routing.Tests.Ir;

namespace GitOpsGateway.Routing.Tests.Matching;

public sealed class VirtualHostSelectionTests
{
    private static readonly CompiledRouter Router = CompiledRouter.Build(SingleListener(
        Host("api.example.com", Prefix("exact", "/")),
        Host("*.example.com", Prefix("wildcard", "/")),
        Host("*.eu.example.com", Prefix("longer-wildcard", "/")),
        Host("*", Prefix("any", "/"))));

    [Theory]
    [InlineData("api.example.com", "exact")]
    [InlineData("API.EXAMPLE.COM:443", "exact")]
    [InlineData("www.example.com", "wildcard")]
    [InlineData("a.b.example.com", "wildcard")]
    [InlineData("shop.eu.example.com", "longer-wildcard")]
    [InlineData("x.shop.eu.example.com", "longer-wildcard")]
    [InlineData("eu.example.com", "wildcard")]
    [InlineData("example.com", "any")]
    [InlineData("other.org", "any")]
    public void Exact_name_beats_the_longest_wildcard_which_beats_the_catch_all(string host, string expected) =>
        Assert.Equal(expected, Router.Served(Requests.Http(host)));

    [Fact]
    public void A_wildcard_does_not_match_its_bare_domain_without_a_catch_all()
    {
        var router = CompiledRouter.Build(SingleListener(Host("*.example.com", Prefix("wildcard", "/"))));

        Assert.Equal("404", router.Served(Requests.Http("example.com")));
        Assert.Equal("404", router.Served(Requests.Http(".example.com")));
    }

    [Fact]
    public void An_ipv6_literal_host_is_matched_without_its_port()
    {
        var router = CompiledRouter.Build(SingleListener(Host("*", Prefix("any", "/"))));

        Assert.Equal("any", router.Served(Requests.Http("[::1]:8080")));
    }
}
