using GitOpsGateway.RouteTables.Http;
using GitOpsGateway.Routing.Headers;
using static GitOpsGateway.Routing.Tests.Ir;

namespace GitOpsGateway.Routing.Tests.Matching;

public sealed class ConditionTests
{
    [Theory]
    [InlineData("POST", "post")]
    [InlineData("GET", "404")]
    [InlineData("post", "404")]
    public void A_method_condition_compares_the_method_exactly(string method, string expected)
    {
        var router = CompiledRouter.Build(Rules(Prefix("post", "/").WithMatch(match => match with { Method = "POST" })));

        Assert.Equal(expected, router.Served(Requests.Http("a", "/", method)));
    }

    [Fact]
    public void Header_names_match_case_insensitively_and_exact_values_case_sensitively()
    {
        var router = CompiledRouter.Build(Rules(Prefix("v2", "/").WithMatch(match => match with
        {
            Headers = [new HeaderMatch { Name = "X-Version", Value = "v2" }],
        })));

        Assert.Equal("v2", router.Served(Requests.Http("a", headers: new HeaderCollection { { "x-version", "v2" } })));
        Assert.Equal("v2", router.Served(Requests.Http("a", headers: new HeaderCollection { { "X-VERSION", "v2" } })));
        Assert.Equal("404", router.Served(Requests.Http("a", headers: new HeaderCollection { { "X-Version", "V2" } })));
        Assert.Equal("404", router.Served(Requests.Http("a", headers: new HeaderCollection { { "X-Other", "v2" } })));
        Assert.Equal("404", router.Served(Requests.Http("a")));
    }

    [Fact]
    public void Every_header_condition_must_hold()
    {
        var router = CompiledRouter.Build(Rules(Prefix("both", "/").WithMatch(match => match with
        {
            Headers = [new HeaderMatch { Name = "a", Value = "1" }, new HeaderMatch { Name = "b", Value = "2" }],
        })));

        Assert.Equal("both", router.Served(Requests.Http("h", headers: new HeaderCollection { { "A", "1" }, { "B", "2" } })));
        Assert.Equal("404", router.Served(Requests.Http("h", headers: new HeaderCollection { { "A", "1" } })));
    }

    [Fact]
    public void A_regex_header_condition_must_match_the_whole_value()
    {
        var router = CompiledRouter.Build(Rules(Prefix("beta", "/").WithMatch(match => match with
        {
            Headers = [new HeaderMatch { Name = "Cookie", Type = StringMatchType.RegularExpression, Value = @"beta=\d+" }],
        })));

        Assert.Equal("beta", router.Served(Requests.Http("h", headers: new HeaderCollection { { "cookie", "beta=42" } })));
        Assert.Equal("404", router.Served(Requests.Http("h", headers: new HeaderCollection { { "cookie", "x=1; beta=42" } })));
    }

    [Fact]
    public void A_repeated_header_is_matched_on_its_values_joined_by_commas()
    {
        var router = CompiledRouter.Build(Rules(Prefix("joined", "/").WithMatch(match => match with
        {
            Headers = [new HeaderMatch { Name = "Accept", Value = "a,b" }],
        })));

        Assert.Equal("joined", router.Served(Requests.Http("h", headers: new HeaderCollection { { "Accept", "a" }, { "accept", "b" } })));
    }

    [Theory]
    [InlineData("debug=1", "debug")]
    [InlineData("?debug=1", "debug")]
    [InlineData("x=2&debug=1&y", "debug")]
    [InlineData("debug=1&debug=2", "debug")]
    [InlineData("debug=2&debug=1", "404")]
    [InlineData("Debug=1", "404")]
    [InlineData("debug=10", "404")]
    [InlineData("debug", "404")]
    [InlineData("%64ebug=%31", "debug")]
    [InlineData("", "404")]
    public void A_query_condition_matches_the_first_value_of_an_exactly_named_parameter(string query, string expected)
    {
        var router = CompiledRouter.Build(Rules(Prefix("debug", "/").WithMatch(match => match with
        {
            QueryParams = [new QueryParamMatch { Name = "debug", Value = "1" }],
        })));

        Assert.Equal(expected, router.Served(Requests.Http("h", query: query)));
    }

    [Theory]
    [InlineData("q=hello+world", "spaced")]
    [InlineData("q=hello%20world", "spaced")]
    [InlineData("q=hello", "404")]
    public void Query_values_are_decoded_before_matching(string query, string expected)
    {
        var router = CompiledRouter.Build(Rules(Prefix("spaced", "/").WithMatch(match => match with
        {
            QueryParams = [new QueryParamMatch { Name = "q", Type = StringMatchType.RegularExpression, Value = "hello .*" }],
        })));

        Assert.Equal(expected, router.Served(Requests.Http("h", query: query)));
    }

    [Fact]
    public void Method_header_and_query_conditions_combine()
    {
        var router = CompiledRouter.Build(Rules(
            Exact("checkout", "/checkout").WithMatch(match => match with
            {
                Method = "POST",
                Headers = [new HeaderMatch { Name = "X-Version", Value = "2" }],
                QueryParams = [new QueryParamMatch { Name = "debug", Value = "1" }],
            }),
            Prefix("rest", "/")));
        var headers = new HeaderCollection { { "x-version", "2" } };

        Assert.Equal("checkout", router.Served(Requests.Http("h", "/checkout", "POST", "debug=1", headers)));
        Assert.Equal("rest", router.Served(Requests.Http("h", "/checkout", "POST", "debug=0", headers)));
        Assert.Equal("rest", router.Served(Requests.Http("h", "/checkout", "GET", "debug=1", headers)));
        Assert.Equal("rest", router.Served(Requests.Http("h", "/checkout", "POST", "debug=1")));
    }
}
