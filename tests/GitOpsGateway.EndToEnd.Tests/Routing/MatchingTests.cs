using System.Net;

namespace GitOpsGateway.EndToEnd.Tests.Routing;

/// <summary>How a request is matched to a rule of <c>match.test</c>; a request no rule matches is answered 404.</summary>
[Collection(RoutingCollection.Name)]
public sealed class MatchingTests(RoutingCluster cluster)
{
    private const string Rule = RoutingManifests.RuleHeader;

    [Fact]
    public async Task an_exact_path_matches_only_itself()
    {
        Assert.Equal("exact", (await cluster.Client.EchoAsync("http://match.test/exact")).Header(Rule));
        Assert.Equal(HttpStatusCode.NotFound, await cluster.Client.StatusAsync("http://match.test/exact/more"));
        Assert.Equal(HttpStatusCode.NotFound, await cluster.Client.StatusAsync("http://match.test/exactly"));
    }

    [Fact]
    public async Task a_path_prefix_matches_whole_segments_only()
    {
        Assert.Equal("prefix-v1", (await cluster.Client.EchoAsync("http://match.test/v1")).Header(Rule));
        Assert.Equal("prefix-v1", (await cluster.Client.EchoAsync("http://match.test/v1/x")).Header(Rule));
        Assert.Equal("prefix-v1", (await cluster.Client.EchoAsync("http://match.test/v1/")).Header(Rule));
        Assert.Equal(HttpStatusCode.NotFound, await cluster.Client.StatusAsync("http://match.test/v1x"));
    }

    [Fact]
    public async Task a_regular_expression_must_match_the_whole_path()
    {
        var echo = await cluster.Client.EchoAsync("http://match.test/items/42");

        Assert.Equal("regex", echo.Header(Rule));
        Assert.Equal("/items/42", echo.Path);
        Assert.Equal(HttpStatusCode.NotFound, await cluster.Client.StatusAsync("http://match.test/items/42a"));
        Assert.Equal(HttpStatusCode.NotFound, await cluster.Client.StatusAsync("http://match.test/items/"));
    }

    [Fact]
    public async Task a_method_match_admits_only_that_method()
    {
        var echo = await cluster.Client.EchoAsync(HttpMethod.Delete, "http://match.test/method/7");

        Assert.Equal(("method-delete", "DELETE"), (echo.Header(Rule), echo.Method));
        Assert.Equal(HttpStatusCode.NotFound, await cluster.Client.StatusAsync("http://match.test/method/7"));
    }

    [Fact]
    public async Task a_header_match_needs_the_header_with_that_value()
    {
        Assert.Equal("header-canary", (await cluster.Client.EchoAsync("http://match.test/header", ("x-env", "canary"))).Header(Rule));
        Assert.Equal(HttpStatusCode.NotFound, await cluster.Client.StatusAsync(HttpMethod.Get, "http://match.test/header", ("x-env", "stable")));
        Assert.Equal(HttpStatusCode.NotFound, await cluster.Client.StatusAsync("http://match.test/header"));
    }

    [Fact]
    public async Task a_query_parameter_match_needs_the_parameter_with_that_value()
    {
        var echo = await cluster.Client.EchoAsync("http://match.test/query?tier=gold&page=2");

        Assert.Equal("query-gold", echo.Header(Rule));
        Assert.Equal("?tier=gold&page=2", echo.Query);
        Assert.Equal(HttpStatusCode.NotFound, await cluster.Client.StatusAsync("http://match.test/query?tier=silver"));
    }

    [Fact]
    public async Task a_request_no_rule_or_hostname_matches_is_answered_404_without_reaching_a_backend()
    {
        var before = cluster.Main.RequestCount;

        Assert.Equal(HttpStatusCode.NotFound, await cluster.Client.StatusAsync("http://match.test/nothing-here"));
        Assert.Equal(HttpStatusCode.NotFound, await cluster.Client.StatusAsync("http://unknown.test/"));
        Assert.Equal(before, cluster.Main.RequestCount);
    }
}
