using GitOpsGateway.Routing.Decisions;
using static GitOpsGateway.Routing.Tests.Ir;

namespace GitOpsGateway.Routing.Tests.Matching;

public sealed class ListenerSelectionTests
{
    // Four listeners on one port, each with a route on "/", as in the Gateway API listener isolation test.
    private static readonly CompiledRouter Isolated = CompiledRouter.Build(Table(
        [
            Http("empty-hostname", 80),
            Http("wildcard-example-com", 80, "*.example.com"),
            Http("wildcard-foo-example-com", 80, "*.foo.example.com"),
            Http("abc-foo-example-com", 80, "abc.foo.example.com"),
        ],
        [
            Port(
                80,
                Routes("empty-hostname", Host("*", Prefix("empty", "/"))),
                Routes("wildcard-example-com", Host("*.example.com", Prefix("wildcard", "/"))),
                Routes("wildcard-foo-example-com", Host("*.foo.example.com", Prefix("wildcard-foo", "/"))),
                Routes("abc-foo-example-com", Host("abc.foo.example.com", Prefix("abc-foo", "/")))),
        ]));

    [Theory]
    [InlineData("bar.com", "empty")]
    [InlineData("bar.example.com", "wildcard")]
    [InlineData("bar.foo.example.com", "wildcard-foo")]
    [InlineData("deep.bar.foo.example.com", "wildcard-foo")]
    [InlineData("abc.foo.example.com", "abc-foo")]
    [InlineData("example.com", "empty")]
    public void Host_selects_the_most_specific_listener_and_only_its_routes(string host, string expected) =>
        Assert.Equal(expected, Isolated.Served(Requests.Http(host)));

    [Theory]
    [InlineData("ABC.Foo.Example.COM")]
    [InlineData("abc.foo.example.com:8080")]
    [InlineData("abc.foo.example.com.")]
    public void Host_matching_ignores_case_port_and_a_trailing_dot(string host) =>
        Assert.Equal("abc-foo", Isolated.Served(Requests.Http(host)));

    [Fact]
    public void A_listener_without_routes_answers_404_for_its_hostname_instead_of_a_broader_listener()
    {
        var router = CompiledRouter.Build(Table(
            [Http("any", 80), Http("quiet", 80, "quiet.example.com")],
            [Port(80, Routes("any", Host("*", Prefix("catch-all", "/"))))]));

        Assert.Equal("404", router.Served(Requests.Http("quiet.example.com")));
        Assert.Equal("catch-all", router.Served(Requests.Http("loud.example.com")));
    }

    [Fact]
    public void Ports_are_separate_and_a_port_without_listeners_is_not_found()
    {
        var router = CompiledRouter.Build(Table(
            [Http("web", 80), Http("admin", 8080)],
            [Port(80, Routes("web", Host("*", Prefix("web", "/")))), Port(8080, Routes("admin", Host("*", Prefix("admin", "/"))))]));

        Assert.Equal("web", router.Served(Requests.Http("a.example.com")));
        Assert.Equal("admin", router.Served(Requests.Http("a.example.com", port: 8080)));
        Assert.Equal("404", router.Served(Requests.Http("a.example.com", port: 9090)));
    }

    [Fact]
    public void A_plain_http_request_is_not_served_by_an_https_listener_on_the_port()
    {
        var router = CompiledRouter.Build(Table(
            [Https("secure", 443)],
            [Port(443, Routes("secure", Host("*", Prefix("secure", "/"))))]));

        Assert.Equal("404", router.Served(Requests.Http("a.example.com", port: 443)));
        Assert.Equal("secure", router.Served(Requests.Https("a.example.com", "a.example.com")));
    }

    [Fact]
    public void A_request_without_host_is_served_only_by_a_listener_without_hostname()
    {
        var withoutCatchAll = CompiledRouter.Build(Table(
            [Http("named", 80, "a.example.com")],
            [Port(80, Routes("named", Host("a.example.com", Prefix("named", "/"))))]));

        Assert.IsType<NotFound>(withoutCatchAll.Route(Requests.Http("")));
        Assert.Equal("empty", Isolated.Served(Requests.Http("")));
    }

    [Fact]
    public void The_decision_names_the_listener_that_served()
    {
        var forward = Isolated.As<Forward>(Requests.Http("x.foo.example.com"));

        Assert.Equal("wildcard-foo-example-com", forward.ListenerName);
    }
}
