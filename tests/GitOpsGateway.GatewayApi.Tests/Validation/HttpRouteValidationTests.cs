using GitOpsGateway.GatewayApi.HttpRoutes;
using GitOpsGateway.GatewayApi.Routes;
using GitOpsGateway.GatewayApi.Status;
using static GitOpsGateway.GatewayApi.Tests.Validation.Build;

namespace GitOpsGateway.GatewayApi.Tests.Validation;

public sealed class HttpRouteValidationTests
{
    [Fact]
    public void A_plain_route_is_valid() => Assert.Empty(Errors(HttpRoute()));

    [Theory]
    [InlineData("web-1", true)]
    [InlineData("web.v1", true)]
    [InlineData("Web_1", false)]
    [InlineData("-web", false)]
    public void Object_names_are_dns_subdomains(string name, bool valid)
    {
        var route = HttpRoute() with { Metadata = Meta(name) };

        Assert.Equal(valid, Errors(route).Count == 0);
        if (!valid)
        {
            Assert.Equal(("metadata.name", ConditionReasons.UnsupportedValue), SingleError(route));
        }
    }

    [Theory]
    [InlineData("shop.example.com", true)]
    [InlineData("*.example.com", true)]
    [InlineData("foo.*.example.com", false)]
    [InlineData("*", false)]
    [InlineData("Shop.example.com", false)]
    [InlineData("192.168.0.1", false)]
    [InlineData("shop.example.com.", false)]
    [InlineData("shop_1.example.com", false)]
    public void Hostnames_allow_a_leading_wildcard_but_no_ip_address(string hostname, bool valid)
    {
        var route = HttpRoute() with { Spec = HttpRoute().Spec with { Hostnames = [hostname] } };

        Assert.Equal(valid, Errors(route).Count == 0);
    }

    [Fact]
    public void Hostnames_longer_than_253_characters_or_with_a_label_over_63_are_invalid()
    {
        var longLabel = new string('a', 64) + ".example.com";
        var longName = string.Join('.', Enumerable.Repeat(new string('a', 50), 5)) + ".com";
        var fine = new string('a', 63) + ".example.com";

        Assert.Equal(("spec.hostnames[0]", ConditionReasons.UnsupportedValue), SingleError(HttpRoute() with { Spec = HttpRoute().Spec with { Hostnames = [longLabel] } }));
        Assert.Single(Errors(HttpRoute() with { Spec = HttpRoute().Spec with { Hostnames = [longName] } }));
        Assert.Empty(Errors(HttpRoute() with { Spec = HttpRoute().Spec with { Hostnames = [fine] } }));
    }

    [Theory]
    [InlineData(PathMatchTypes.Exact, "/a/b", true)]
    [InlineData(PathMatchTypes.PathPrefix, "/", true)]
    [InlineData(PathMatchTypes.PathPrefix, "/a%20b", true)]
    [InlineData(PathMatchTypes.PathPrefix, "a", false)]
    [InlineData(PathMatchTypes.Exact, "/a//b", false)]
    [InlineData(PathMatchTypes.Exact, "/a/./b", false)]
    [InlineData(PathMatchTypes.Exact, "/a/../b", false)]
    [InlineData(PathMatchTypes.Exact, "/a%2fb", false)]
    [InlineData(PathMatchTypes.Exact, "/a%2Fb", false)]
    [InlineData(PathMatchTypes.Exact, "/a#b", false)]
    [InlineData(PathMatchTypes.PathPrefix, "/a/..", false)]
    [InlineData(PathMatchTypes.PathPrefix, "/a/.", false)]
    [InlineData(PathMatchTypes.Exact, "/a b", false)]
    [InlineData("Prefix", "/a", false)]
    [InlineData(PathMatchTypes.RegularExpression, "/a/[0-9]+", true)]
    [InlineData(PathMatchTypes.RegularExpression, "/a/(", false)]
    public void Path_values_follow_the_cel_rules(string type, string value, bool valid)
    {
        var route = WithMatch(PathMatch(type, value));

        if (valid)
        {
            Assert.Empty(Errors(route));
        }
        else
        {
            Assert.NotEmpty(Errors(route));
            Assert.All(Errors(route), error =>
            {
                Assert.StartsWith("spec.rules[0].matches[0].path.", error.FieldPath, StringComparison.Ordinal);
                Assert.Equal((ConditionTypes.Accepted, ConditionReasons.UnsupportedValue, 0), (error.ConditionType, error.Reason, error.RuleIndex));
            });
        }
    }

    [Fact]
    public void A_path_longer_than_1024_characters_is_invalid()
    {
        Assert.Equal(("spec.rules[0].matches[0].path.value", ConditionReasons.UnsupportedValue), SingleError(WithMatch(PathMatch(PathMatchTypes.PathPrefix, "/" + new string('a', 1024)))));
        Assert.Empty(Errors(WithMatch(PathMatch(PathMatchTypes.PathPrefix, "/" + new string('a', 1023)))));
    }

    [Theory]
    [InlineData("X-Version", "v1", true)]
    [InlineData("x_version~1", "v 1\t2", true)]
    [InlineData("X Version", "v1", false)]
    [InlineData(":method", "GET", false)]
    [InlineData("X-Version", "", false)]
    [InlineData("X-Version", "a\r\nInjected: yes", false)]
    public void Header_matches_need_token_names_and_printable_values(string name, string value, bool valid)
    {
        var route = WithMatch(new HttpRouteMatch { Headers = [new HttpHeaderMatch { Name = name, Value = value }] });

        Assert.Equal(valid, Errors(route).Count == 0);
    }

    [Fact]
    public void The_same_header_name_twice_in_one_match_is_invalid_but_a_different_case_is_allowed()
    {
        var twice = WithMatch(new HttpRouteMatch { Headers = [new HttpHeaderMatch { Name = "a", Value = "1" }, new HttpHeaderMatch { Name = "a", Value = "2" }] });
        var cased = WithMatch(new HttpRouteMatch { Headers = [new HttpHeaderMatch { Name = "a", Value = "1" }, new HttpHeaderMatch { Name = "A", Value = "2" }] });

        Assert.Equal(("spec.rules[0].matches[0].headers", ConditionReasons.UnsupportedValue), SingleError(twice));
        Assert.Empty(Errors(cased));
    }

    [Theory]
    [InlineData("GET", true)]
    [InlineData("PATCH", true)]
    [InlineData("get", false)]
    [InlineData("PURGE", false)]
    public void Methods_are_the_upper_case_ones_the_spec_lists(string method, bool valid) =>
        Assert.Equal(valid, Errors(WithMatch(new HttpRouteMatch { Method = method })).Count == 0);

    [Theory]
    [InlineData(0, true)]
    [InlineData(1_000_000, true)]
    [InlineData(-1, false)]
    [InlineData(1_000_001, false)]
    public void Weights_range_from_zero_to_a_million(int weight, bool valid)
    {
        var route = HttpRoute(Rule() with { BackendRefs = [Backend() with { Weight = weight }] });

        Assert.Equal(valid ? [] : ["spec.rules[0].backendRefs[0].weight"], Errors(route).Select(e => e.FieldPath));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(65535, true)]
    [InlineData(0, false)]
    [InlineData(65536, false)]
    public void Backend_ports_range_from_1_to_65535(int port, bool valid) =>
        Assert.Equal(valid, Errors(HttpRoute(Rule() with { BackendRefs = [Backend(port: port)] })).Count == 0);

    [Fact]
    public void A_service_backend_needs_a_port_while_other_kinds_do_not()
    {
        Assert.Equal(("spec.rules[0].backendRefs[0].port", ConditionReasons.UnsupportedValue), SingleError(HttpRoute(Rule() with { BackendRefs = [Backend(port: null)] })));
        Assert.Empty(Errors(HttpRoute(Rule() with { BackendRefs = [Backend(port: null) with { Group = "example.com", Kind = "Bucket" }] })));
    }

    [Fact]
    public void List_sizes_follow_the_spec_limits()
    {
        var spec = HttpRoute().Spec;
        Assert.Empty(Errors(HttpRoute() with { Spec = spec with { Hostnames = Enumerable.Range(0, 16).Select(i => $"h{i}.example.com").ToList() } }));
        Assert.Equal(("spec.hostnames", ConditionReasons.UnsupportedValue), SingleError(HttpRoute() with { Spec = spec with { Hostnames = Enumerable.Range(0, 17).Select(i => $"h{i}.example.com").ToList() } }));
        Assert.Equal(("spec.rules", ConditionReasons.UnsupportedValue), SingleError(HttpRoute([.. Enumerable.Repeat(Rule(), 17)])));
        Assert.Equal(("spec.rules", ConditionReasons.UnsupportedValue), SingleError(HttpRoute() with { Spec = spec with { Rules = [] } }));
        Assert.Equal(("spec.rules[0].matches", ConditionReasons.UnsupportedValue), SingleError(HttpRoute(Rule() with { Matches = [.. Enumerable.Repeat(HttpRouteMatch.Default, 65)] })));
        Assert.Equal(("spec.rules[0].backendRefs", ConditionReasons.UnsupportedValue), SingleError(HttpRoute(Rule() with { BackendRefs = Enumerable.Range(0, 17).Select(i => Backend($"b{i}")).ToList() })));
        Assert.Equal(("spec.parentRefs", ConditionReasons.UnsupportedValue), SingleError(HttpRoute() with { Spec = spec with { ParentRefs = Enumerable.Range(0, 33).Select(i => new ParentReference { Name = $"g{i}" }).ToList() } }));
        var headers = Enumerable.Range(0, 17).Select(i => new HttpHeaderMatch { Name = $"h{i}", Value = "v" }).ToList();
        Assert.Equal(("spec.rules[0].matches[0].headers", ConditionReasons.UnsupportedValue), SingleError(WithMatch(new HttpRouteMatch { Headers = headers })));
    }

    [Fact]
    public void More_than_128_matches_across_all_rules_are_invalid()
    {
        var rule = Rule() with { Matches = [.. Enumerable.Repeat(HttpRouteMatch.Default, 43)] };

        Assert.Empty(Errors(HttpRoute(rule, rule, rule with { Matches = [.. rule.Matches.Skip(1)] })));
        var error = Assert.Single(Errors(HttpRoute(rule, rule, rule)));
        Assert.Equal(("spec.rules", (int?)null), (error.FieldPath, error.RuleIndex));
    }

    [Fact]
    public void Rule_names_must_be_unique()
    {
        Assert.Equal(("spec.rules", ConditionReasons.UnsupportedValue), SingleError(HttpRoute(Rule() with { Name = "a" }, Rule() with { Name = "a" })));
        Assert.Empty(Errors(HttpRoute(Rule() with { Name = "a" }, Rule() with { Name = "b" }, Rule())));
    }

    [Fact]
    public void Several_references_to_one_parent_must_name_distinct_sections()
    {
        ParentReference Parent(string? section) => new() { Name = "edge", Namespace = "infra", SectionName = section };
        HttpRoute With(params ParentReference[] parents) => HttpRoute() with { Spec = HttpRoute().Spec with { ParentRefs = parents } };

        Assert.Empty(Errors(With(Parent("http"), Parent("https"))));
        Assert.Single(Errors(With(Parent(null), Parent(null))));
        Assert.Single(Errors(With(Parent("http"), Parent(null))));
        Assert.Single(Errors(With(Parent("http"), Parent("http"))));
        Assert.Empty(Errors(With(Parent(null), Parent(null) with { Name = "other" })));
    }

    [Theory]
    [InlineData("10s", "2s", true)]
    [InlineData("0s", "30s", true)]
    [InlineData("1s", "2s", false)]
    [InlineData("ten seconds", null, false)]
    public void A_backend_timeout_may_not_exceed_the_request_timeout(string request, string? backend, bool valid)
    {
        var route = HttpRoute(Rule() with { Timeouts = new HttpRouteTimeouts { Request = request, BackendRequest = backend } });

        Assert.Equal(valid, Errors(route).Count == 0);
    }

    [Theory]
    [InlineData(503, 1, true)]
    [InlineData(600, 1, false)]
    [InlineData(503, 0, false)]
    public void Retry_codes_are_400_to_599_and_attempts_at_least_one(int code, int attempts, bool valid) =>
        Assert.Equal(valid, Errors(HttpRoute(Rule() with { Retry = new HttpRouteRetry { Codes = [code], Attempts = attempts } })).Count == 0);

    [Fact]
    public void Session_persistence_of_type_cookie_needs_its_cookie_and_permanent_cookies_a_timeout()
    {
        var cookie = new SessionPersistence { Cookie = new SessionPersistenceCookie { Name = "session" } };

        Assert.Empty(Errors(HttpRoute(Rule() with { SessionPersistence = cookie })));
        Assert.Single(Errors(HttpRoute(Rule() with { SessionPersistence = new SessionPersistence() })));
        Assert.Single(Errors(HttpRoute(Rule() with { SessionPersistence = cookie with { Cookie = cookie.Cookie! with { LifetimeType = "Permanent" } } })));
        Assert.Single(Errors(HttpRoute(Rule() with { SessionPersistence = cookie with { Type = SessionPersistenceTypes.Header } })), e => e.FieldPath.EndsWith(".cookie", StringComparison.Ordinal));
    }
}
