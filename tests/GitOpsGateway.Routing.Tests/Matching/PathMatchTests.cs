using static GitOpsGateway.Routing.Tests.Ir;

namespace GitOpsGateway.Routing.Tests.Matching;

public sealed class PathMatchTests
{
    [Theory]
    [InlineData("/v2", true)]
    [InlineData("/v2/", true)]
    [InlineData("/v2/x", true)]
    [InlineData("/v2/x/y", true)]
    [InlineData("/v2example", false)]
    [InlineData("/v", false)]
    [InlineData("/V2", false)]
    [InlineData("/", false)]
    public void A_prefix_matches_whole_segments_only(string path, bool matches) =>
        Assert.Equal(matches ? "v2" : "404", CompiledRouter.Build(Rules(Prefix("v2", "/v2"))).Served(Requests.Http("a", path)));

    [Theory]
    [InlineData("/v2")]
    [InlineData("/v2/")]
    [InlineData("/v2/x")]
    public void A_trailing_slash_on_the_prefix_is_ignored(string path) =>
        Assert.Equal("v2", CompiledRouter.Build(Rules(Prefix("v2", "/v2/"))).Served(Requests.Http("a", path)));

    [Theory]
    [InlineData("/")]
    [InlineData("/anything/at/all")]
    [InlineData("")]
    public void The_root_prefix_matches_every_path(string path) =>
        Assert.Equal("root", CompiledRouter.Build(Rules(Prefix("root", "/"))).Served(Requests.Http("a", path)));

    [Theory]
    [InlineData("/abc", true)]
    [InlineData("/abc/", false)]
    [InlineData("/Abc", false)]
    [InlineData("/abcd", false)]
    public void An_exact_path_matches_only_itself_case_sensitively(string path, bool matches) =>
        Assert.Equal(matches ? "exact" : "404", CompiledRouter.Build(Rules(Exact("exact", "/abc"))).Served(Requests.Http("a", path)));

    [Fact]
    public void The_ir_order_decides_between_exact_and_prefix_rules_that_both_match()
    {
        var exactFirst = CompiledRouter.Build(Rules(Exact("exact", "/api/users"), Prefix("prefix", "/api")));
        var prefixFirst = CompiledRouter.Build(Rules(Prefix("prefix", "/api"), Exact("exact", "/api/users")));

        Assert.Equal("exact", exactFirst.Served(Requests.Http("a", "/api/users")));
        Assert.Equal("prefix", exactFirst.Served(Requests.Http("a", "/api/orders")));
        Assert.Equal("prefix", prefixFirst.Served(Requests.Http("a", "/api/users")));
    }

    [Fact]
    public void Among_nested_prefixes_the_first_in_ir_order_wins_not_the_longest()
    {
        var longestFirst = CompiledRouter.Build(Rules(Prefix("long", "/a/b"), Prefix("short", "/a"), Prefix("root", "/")));
        var rootFirst = CompiledRouter.Build(Rules(Prefix("root", "/"), Prefix("long", "/a/b")));

        Assert.Equal("long", longestFirst.Served(Requests.Http("a", "/a/b/c")));
        Assert.Equal("short", longestFirst.Served(Requests.Http("a", "/a/bc")));
        Assert.Equal("root", longestFirst.Served(Requests.Http("a", "/b")));
        Assert.Equal("root", rootFirst.Served(Requests.Http("a", "/a/b/c")));
    }

    [Fact]
    public void A_rule_that_matches_the_path_but_not_its_other_conditions_lets_the_next_rule_win()
    {
        var router = CompiledRouter.Build(Rules(
            Exact("post-only", "/items").WithMatch(match => match with { Method = "POST" }),
            Prefix("fallback", "/")));

        Assert.Equal("post-only", router.Served(Requests.Http("a", "/items", "POST")));
        Assert.Equal("fallback", router.Served(Requests.Http("a", "/items", "GET")));
    }

    [Fact]
    public void Several_rules_with_the_same_prefix_keep_their_ir_order()
    {
        var router = CompiledRouter.Build(Rules(
            Prefix("first", "/shop").WithMatch(match => match with { Method = "PUT" }),
            Prefix("second", "/shop/"),
            Prefix("third", "/shop")));

        Assert.Equal("first", router.Served(Requests.Http("a", "/shop/cart", "PUT")));
        Assert.Equal("second", router.Served(Requests.Http("a", "/shop/cart", "GET")));
    }
}
