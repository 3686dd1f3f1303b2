using GitOpsGateway.RouteTables.Filters;
using GitOpsGateway.Routing.Decisions;
using static GitOpsGateway.Routing.Tests.Ir;

namespace GitOpsGateway.Routing.Tests.Decisions;

public sealed class RedirectTests
{
    [Theory]
    [InlineData(301)]
    [InlineData(302)]
    [InlineData(303)]
    [InlineData(307)]
    [InlineData(308)]
    public void The_redirect_answers_with_the_configured_status(int status)
    {
        var redirect = RedirectOn80(new RequestRedirectFilter { Hostname = "example.org", StatusCode = status }, "/page");

        Assert.Equal(status, redirect.StatusCode);
        Assert.Equal("http://example.org/page", redirect.Location);
    }

    [Fact]
    public void The_default_status_is_302() =>
        Assert.Equal(302, RedirectOn80(new RequestRedirectFilter(), "/").StatusCode);

    // Listener port, request scheme, filter scheme and port → Location, as in the Gateway API port and scheme test.
    [Theory]
    [InlineData(80, false, null, null, "http://example.org/p")]
    [InlineData(80, false, null, 80, "http://example.org/p")]
    [InlineData(80, false, null, 8080, "http://example.org:8080/p")]
    [InlineData(80, false, "https", null, "https://example.org/p")]
    [InlineData(80, false, "https", 443, "https://example.org/p")]
    [InlineData(80, false, "https", 8443, "https://example.org:8443/p")]
    [InlineData(8080, false, null, null, "http://example.org:8080/p")]
    [InlineData(8080, false, null, 80, "http://example.org/p")]
    [InlineData(8080, false, "https", null, "https://example.org/p")]
    [InlineData(443, true, null, null, "https://example.org/p")]
    [InlineData(443, true, null, 443, "https://example.org/p")]
    [InlineData(443, true, null, 8443, "https://example.org:8443/p")]
    [InlineData(443, true, "http", null, "http://example.org/p")]
    [InlineData(443, true, "http", 80, "http://example.org/p")]
    [InlineData(443, true, "http", 8080, "http://example.org:8080/p")]
    [InlineData(8443, true, null, null, "https://example.org:8443/p")]
    public void The_port_is_derived_from_scheme_or_listener_and_omitted_when_it_is_the_default(
        int listenerPort, bool https, string? scheme, int? port, string expected)
    {
        var filter = new RequestRedirectFilter { Scheme = scheme, Port = port };
        var table = https
            ? Table([Https("l", listenerPort)], [Port(listenerPort, Routes("l", Host("*", Prefix("r", "/", filter))))])
            : Table([Http("l", listenerPort)], [Port(listenerPort, Routes("l", Host("*", Prefix("r", "/", filter))))]);
        var request = Requests.Http($"example.org:{listenerPort}", "/p", port: listenerPort) with
        {
            Scheme = https ? RequestScheme.Https : RequestScheme.Http,
        };

        Assert.Equal(expected, CompiledRouter.Build(table).As<Redirect>(request).Location);
    }

    [Theory]
    [InlineData("/original-prefix/lemon", "/replacement-prefix/lemon")]
    [InlineData("/original-prefix", "/replacement-prefix")]
    [InlineData("/original-prefix/", "/replacement-prefix/")]
    public void A_prefix_redirect_replaces_the_matched_segments(string path, string expectedPath)
    {
        var filter = new RequestRedirectFilter
        {
            Path = new PathModifier { Type = PathModifierType.ReplacePrefixMatch, Value = "/replacement-prefix", MatchedPrefix = "/original-prefix" },
        };
        var router = CompiledRouter.Build(Rules(Prefix("r", "/original-prefix", filter)));

        Assert.Equal($"http://example.org{expectedPath}", router.As<Redirect>(Requests.Http("example.org", path)).Location);
    }

    [Fact]
    public void A_full_path_redirect_with_hostname_keeps_the_query()
    {
        var filter = new RequestRedirectFilter
        {
            Hostname = "example.net",
            Path = new PathModifier { Type = PathModifierType.ReplaceFullPath, Value = "/replacement-full" },
        };
        var router = CompiledRouter.Build(Rules(Prefix("r", "/full-path-and-host", filter)));

        var redirect = router.As<Redirect>(Requests.Http("example.org", "/full-path-and-host/x", query: "a=1&b=2"));

        Assert.Equal("http://example.net/replacement-full?a=1&b=2", redirect.Location);
    }

    [Fact]
    public void The_redirect_carries_the_rule_and_its_response_header_modifiers()
    {
        var modifier = new ResponseHeaderModifierFilter { Set = [new HttpHeader { Name = "X-Moved", Value = "yes" }] };
        var router = CompiledRouter.Build(Rules(Prefix("moved", "/", new RequestRedirectFilter { StatusCode = 301 }, modifier)));

        var redirect = router.As<Redirect>(Requests.Http("example.org", "/"));

        Assert.Equal("moved", redirect.Rule.Name);
        Assert.Equal(modifier, Assert.Single(redirect.ResponseHeaderModifiers));
    }

    private static Redirect RedirectOn80(RequestRedirectFilter filter, string path) =>
        CompiledRouter.Build(Rules(Prefix("r", "/", filter))).As<Redirect>(Requests.Http("example.org", path));
}
