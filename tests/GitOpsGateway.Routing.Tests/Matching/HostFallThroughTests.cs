using GitOpsGateway.RouteTables.Filters;
using GitOpsGateway.RouteTables.Http;
using GitOpsGateway.Routing.Decisions;
using static GitOpsGateway.Routing.Tests.Ir;

namespace GitOpsGateway.Routing.Tests.Matching;

/// <summary>
/// The IR lists a route's rules only under its own hostname; the router tries the most specific matching host
/// first and falls through to the less specific ones, which is the Gateway API's precedence across routes.
/// </summary>
public sealed class HostFallThroughTests
{
    private static readonly CompiledRouter Router = CompiledRouter.Build(SingleListener(
        Host("a.b.example.com", Prefix("exact", "/exact")),
        Host("*.b.example.com", Prefix("b-wildcard", "/b")),
        Host("*.example.com", Prefix("wildcard", "/b/longer-path"), Prefix("wildcard-any", "/w")),
        Host("*", Prefix("catch-all", "/"))));

    [Theory]
    [InlineData("a.b.example.com", "/exact", "exact")]
    [InlineData("a.b.example.com", "/b/x", "b-wildcard")]
    [InlineData("a.b.example.com", "/b/longer-path", "b-wildcard")]
    [InlineData("a.b.example.com", "/w", "wildcard-any")]
    [InlineData("a.b.example.com", "/other", "catch-all")]
    [InlineData("x.b.example.com", "/exact", "catch-all")]
    [InlineData("x.b.example.com", "/w", "wildcard-any")]
    [InlineData("b.example.com", "/b/x", "catch-all")]
    [InlineData("b.example.com", "/b/longer-path", "wildcard")]
    [InlineData("example.com", "/w", "catch-all")]
    public void A_request_takes_the_first_matching_rule_from_the_most_specific_host_down_to_the_catch_all(string host, string path, string expected) =>
        Assert.Equal(expected, Router.Served(Requests.Http(host, path)));

    [Fact]
    public void An_exact_host_whose_rules_do_not_match_falls_through_to_the_wildcard()
    {
        var router = CompiledRouter.Build(SingleListener(
            Host("api.example.com", Prefix("api-v1", "/v1")),
            Host("*.example.com", Prefix("wildcard", "/"))));

        Assert.Equal("api-v1", router.Served(Requests.Http("api.example.com", "/v1/items")));
        Assert.Equal("wildcard", router.Served(Requests.Http("api.example.com", "/v2")));
    }

    [Fact]
    public void A_more_specific_wildcard_is_tried_before_a_shorter_one_whatever_their_paths()
    {
        var router = CompiledRouter.Build(SingleListener(
            Host("*.b.example.com", Prefix("short-path", "/")),
            Host("*.example.com", Exact("exact-path", "/items"))));

        Assert.Equal("short-path", router.Served(Requests.Http("a.b.example.com", "/items")));
        Assert.Equal("exact-path", router.Served(Requests.Http("a.c.example.com", "/items")));
    }

    [Fact]
    public void A_request_is_not_found_only_when_no_host_of_the_chain_has_a_matching_rule()
    {
        var router = CompiledRouter.Build(SingleListener(
            Host("a.example.com", Prefix("exact", "/a")),
            Host("*.example.com", Prefix("wildcard", "/w")),
            Host("*", Prefix("catch-all", "/c"))));

        Assert.Equal("404", router.Served(Requests.Http("a.example.com", "/none")));
        Assert.Equal("catch-all", router.Served(Requests.Http("a.example.com", "/c")));
        Assert.Equal("404", router.Served(Requests.Http("other.org", "/a")));
    }

    [Fact]
    public void A_host_without_rules_passes_the_request_on_to_less_specific_hosts()
    {
        var router = CompiledRouter.Build(SingleListener(Host("a.example.com"), Host("*", Prefix("catch-all", "/"))));

        Assert.Equal("catch-all", router.Served(Requests.Http("a.example.com", "/x")));
    }

    [Fact]
    public void Fall_through_stays_inside_the_listener_the_hostname_selected()
    {
        var table = Table(
            [Http("api", 80, "api.example.com"), Http("any", 80)],
            [Port(80, Routes("api", Host("api.example.com", Prefix("api", "/v1"))), Routes("any", Host("*", Prefix("any", "/"))))]);
        var router = CompiledRouter.Build(table);

        Assert.Equal("api", router.Served(Requests.Http("api.example.com", "/v1")));
        Assert.Equal("404", router.Served(Requests.Http("api.example.com", "/v2")));
        Assert.Equal("any", router.Served(Requests.Http("www.example.com", "/v2")));
    }

    [Fact]
    public void A_rule_reached_by_fall_through_answers_as_it_would_on_its_own_host()
    {
        var broken = Prefix("broken", "/broken") with
        {
            FixedResponse = new FixedResponse { StatusCode = 500, Reason = "no valid backend" },
        };
        var moved = Prefix("moved", "/moved", new RequestRedirectFilter { Hostname = "new.example.org", StatusCode = 301 });
        var router = CompiledRouter.Build(SingleListener(
            Host("a.example.com", Prefix("exact", "/a")),
            Host("*.example.com", broken, moved)));

        Assert.Equal(500, router.As<DirectResponse>(Requests.Http("a.example.com", "/broken")).StatusCode);
        var redirect = router.As<Redirect>(Requests.Http("a.example.com", "/moved"));
        Assert.Equal((301, "http://new.example.org/moved"), (redirect.StatusCode, redirect.Location));
    }

    [Fact]
    public void An_https_request_for_another_listeners_hostname_is_still_misdirected()
    {
        var table = Table(
            [Https("api", 443, "api.example.com"), Https("wild", 443, "*.example.com")],
            [Port(443, Routes("api", Host("api.example.com", Prefix("api", "/"))), Routes("wild", Host("*.example.com", Prefix("wild", "/"))))]);
        var router = CompiledRouter.Build(table);

        Assert.Equal("421", router.Served(Requests.Https("www.example.com", "api.example.com")));
        Assert.Equal("wild", router.Served(Requests.Https("www.example.com", "www.example.com")));
    }
}
