using System.Diagnostics;
using GitOpsGateway.RouteTables.Http;
using GitOpsGateway.Routing.Headers;
using static GitOpsGateway.Routing.Tests.Ir;

namespace GitOpsGateway.Routing.Tests.Matching;

public sealed class RegularExpressionTests
{
    [Theory]
    [InlineData("/v1/users", "versioned")]
    [InlineData("/v42/users", "versioned")]
    [InlineData("/v1/users/7", "404")]
    [InlineData("/api/v1/users", "404")]
    public void A_path_pattern_must_match_the_whole_path(string path, string expected) =>
        Assert.Equal(expected, CompiledRouter.Build(Rules(Regex("versioned", @"/v\d+/users"))).Served(Requests.Http("a", path)));

    [Fact]
    public void A_pattern_with_alternation_cannot_escape_its_anchors()
    {
        var router = CompiledRouter.Build(Rules(Regex("alternation", "/a|/b")));

        Assert.Equal("alternation", router.Served(Requests.Http("h", "/b")));
        Assert.Equal("404", router.Served(Requests.Http("h", "/bx")));
        Assert.Equal("404", router.Served(Requests.Http("h", "/x/a")));
    }

    [Fact]
    public void A_catastrophic_backtracking_pattern_answers_in_linear_time()
    {
        var router = CompiledRouter.Build(Rules(
            Regex("hostile-path", "/(a+)+b"),
            Prefix("hostile-header", "/").WithMatch(match => match with
            {
                Headers = [new HeaderMatch { Name = "X-Evil", Type = StringMatchType.RegularExpression, Value = "(x+x+)+y" }],
            }),
            Prefix("rest", "/")));
        var path = "/" + new string('a', 50_000) + "!";
        var headers = new HeaderCollection { { "X-Evil", new string('x', 50_000) } };

        var clock = Stopwatch.StartNew();
        var served = router.Served(Requests.Http("h", path, headers: headers));
        clock.Stop();

        Assert.Equal("rest", served);

        // A backtracking engine needs longer than the age of the universe here; linear time is milliseconds.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_pattern_nonbacktracking_cannot_run_never_matches_and_is_reported()
    {
        var router = CompiledRouter.Build(Rules(Regex("backreference", @"/(\w+)/\1"), Prefix("rest", "/")));

        Assert.Equal("rest", router.Served(Requests.Http("h", "/a/a")));
        var problem = Assert.Single(router.Problems);
        Assert.Contains(@"/(\w+)/\1", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_table_has_no_problems() =>
        Assert.Empty(CompiledRouter.Build(Rules(Regex("fine", "/[a-z]+"), Prefix("rest", "/"))).Problems);

    [Fact]
    public void Regex_rules_keep_their_ir_order_among_prefix_rules()
    {
        var router = CompiledRouter.Build(Rules(Prefix("first", "/a"), Regex("pattern", "/.*"), Prefix("last", "/")));

        Assert.Equal("first", router.Served(Requests.Http("h", "/a/x")));
        Assert.Equal("pattern", router.Served(Requests.Http("h", "/b")));
    }

    [Fact]
    public void A_new_router_reuses_the_patterns_of_the_one_it_replaces_and_keeps_only_its_own()
    {
        var previous = CompiledRouter.Build(Rules(Regex("kept", "/kept/[0-9]+"), Regex("dropped", "/dropped/.*"), Regex("broken", @"(\w)\1")));

        var next = CompiledRouter.Build(Rules(Regex("kept", "/kept/[0-9]+"), Regex("broken", @"(\w)\1"), Regex("added", "/added")), previous);

        Assert.Same(previous.Patterns["/kept/[0-9]+"].Regex, next.Patterns["/kept/[0-9]+"].Regex);
        Assert.Equal(["/kept/[0-9]+", @"(\w)\1", "/added"], next.Patterns.Keys);
        Assert.Equal(previous.Problems, next.Problems);
        Assert.Equal("kept", next.Served(Requests.Http("h", "/kept/42")));
        Assert.Equal("added", next.Served(Requests.Http("h", "/added")));
    }
}
