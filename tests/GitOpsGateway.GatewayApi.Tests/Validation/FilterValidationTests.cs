using GitOpsGateway.GatewayApi.HttpRoutes;
using GitOpsGateway.GatewayApi.References;
using GitOpsGateway.GatewayApi.Routes;
using GitOpsGateway.GatewayApi.Status;
using static GitOpsGateway.GatewayApi.Tests.Validation.Build;

namespace GitOpsGateway.GatewayApi.Tests.Validation;

public sealed class FilterValidationTests
{
    private static readonly HttpRouteFilter Redirect = new()
    {
        Type = HttpRouteFilterTypes.RequestRedirect,
        RequestRedirect = new HttpRequestRedirectFilter { Scheme = "https", StatusCode = 301 },
    };

    private static readonly HttpRouteFilter Rewrite = new()
    {
        Type = HttpRouteFilterTypes.UrlRewrite,
        UrlRewrite = new HttpUrlRewriteFilter { Hostname = "internal.example.com" },
    };

    private static readonly HttpRouteFilter AddHeader = new()
    {
        Type = HttpRouteFilterTypes.RequestHeaderModifier,
        RequestHeaderModifier = new HttpHeaderFilter { Add = [new HttpHeader { Name = "X-A", Value = "1" }] },
    };

    private static readonly HttpRouteFilter Mirror = new()
    {
        Type = HttpRouteFilterTypes.RequestMirror,
        RequestMirror = new HttpRequestMirrorFilter { BackendRef = new BackendObjectReference { Name = "shadow", Port = 80 } },
    };

    private static HttpRoute Redirecting(params HttpRouteFilter[] filters) => HttpRoute(Rule(filters) with { BackendRefs = [] });

    [Fact]
    public void A_redirect_alone_and_a_rewrite_alone_are_valid()
    {
        Assert.Empty(Errors(Redirecting(Redirect)));
        Assert.Empty(Errors(HttpRoute(Rule(Rewrite, AddHeader))));
    }

    [Fact]
    public void Redirect_and_rewrite_in_one_rule_are_incompatible()
    {
        var error = Assert.Single(Errors(Redirecting(Redirect, Rewrite)));

        Assert.Equal(("spec.rules[0].filters", ConditionTypes.Accepted, ConditionReasons.IncompatibleFilters, 0), (error.FieldPath, error.ConditionType, error.Reason, error.RuleIndex));
    }

    [Fact]
    public void A_redirect_must_not_be_combined_with_backend_refs() =>
        Assert.Equal(("spec.rules[0]", ConditionReasons.IncompatibleFilters), SingleError(HttpRoute(Rule(Redirect))));

    [Fact]
    public void Filters_other_than_mirror_and_extension_ref_cannot_repeat()
    {
        var extension = new HttpRouteFilter { Type = HttpRouteFilterTypes.ExtensionRef, ExtensionRef = new LocalObjectReference { Group = "example.com", Kind = "Auth", Name = "a" } };

        Assert.Equal(("spec.rules[0].filters", ConditionReasons.IncompatibleFilters), SingleError(HttpRoute(Rule(AddHeader, AddHeader))));
        Assert.Empty(Errors(HttpRoute(Rule(Mirror, Mirror, extension, extension))));
    }

    [Theory]
    [InlineData(PathMatchTypes.PathPrefix, true)]
    [InlineData(PathMatchTypes.Exact, false)]
    [InlineData(PathMatchTypes.RegularExpression, false)]
    public void Replace_prefix_match_needs_one_path_prefix_match(string matchType, bool valid)
    {
        var rewrite = Rewrite with { UrlRewrite = new HttpUrlRewriteFilter { Path = new HttpPathModifier { Type = HttpPathModifierTypes.ReplacePrefixMatch, ReplacePrefixMatch = "/v2" } } };
        var route = HttpRoute(Rule(rewrite) with { Matches = [PathMatch(matchType, "/v1")] });

        Assert.Equal(valid ? [] : [("spec.rules[0].matches", ConditionReasons.IncompatibleFilters)], Errors(route).Select(e => (e.FieldPath, e.Reason)));
    }

    [Fact]
    public void A_filter_needs_the_configuration_its_type_names_and_no_other()
    {
        var missing = new HttpRouteFilter { Type = HttpRouteFilterTypes.RequestHeaderModifier };
        var mismatched = AddHeader with { ResponseHeaderModifier = new HttpHeaderFilter() };

        Assert.Equal(("spec.rules[0].filters[0].requestHeaderModifier", ConditionReasons.UnsupportedValue), SingleError(HttpRoute(Rule(missing))));
        Assert.Equal(("spec.rules[0].filters[0].responseHeaderModifier", ConditionReasons.UnsupportedValue), SingleError(HttpRoute(Rule(mismatched))));
    }

    [Fact]
    public void An_unknown_filter_type_is_an_unsupported_value() =>
        Assert.Equal(("spec.rules[0].filters[0].type", ConditionReasons.UnsupportedValue), SingleError(HttpRoute(Rule(new HttpRouteFilter { Type = "ExternalAuth" }))));

    [Fact]
    public void A_header_may_be_modified_by_one_action_only_whatever_its_case()
    {
        var twice = AddHeader with { RequestHeaderModifier = new HttpHeaderFilter { Set = [new HttpHeader { Name = "X-A", Value = "1" }], Remove = ["x-a"] } };

        Assert.Equal(("spec.rules[0].filters[0].requestHeaderModifier", ConditionReasons.UnsupportedValue), SingleError(HttpRoute(Rule(twice))));
    }

    [Fact]
    public void A_mirror_takes_a_percent_or_a_fraction_that_does_not_exceed_one()
    {
        var mirror = Mirror.RequestMirror!;

        Assert.Empty(Errors(HttpRoute(Rule(Mirror with { RequestMirror = mirror with { Percent = 50 } }))));
        Assert.Empty(Errors(HttpRoute(Rule(Mirror with { RequestMirror = mirror with { Fraction = new Fraction { Numerator = 1, Denominator = 3 } } }))));
        Assert.Single(Errors(HttpRoute(Rule(Mirror with { RequestMirror = mirror with { Percent = 101 } }))));
        Assert.Single(Errors(HttpRoute(Rule(Mirror with { RequestMirror = mirror with { Percent = 5, Fraction = new Fraction { Numerator = 1 } } }))));
        Assert.Single(Errors(HttpRoute(Rule(Mirror with { RequestMirror = mirror with { Fraction = new Fraction { Numerator = 4, Denominator = 3 } } }))));
    }

    [Theory]
    [InlineData("https", 301, true)]
    [InlineData("http", 308, true)]
    [InlineData("ftp", 302, false)]
    [InlineData("https", 304, false)]
    public void Redirects_accept_http_schemes_and_redirect_status_codes(string scheme, int statusCode, bool valid)
    {
        var redirect = Redirect with { RequestRedirect = new HttpRequestRedirectFilter { Scheme = scheme, StatusCode = statusCode } };

        Assert.Equal(valid, Errors(Redirecting(redirect)).Count == 0);
    }

    [Fact]
    public void A_rewrite_hostname_must_be_precise()
    {
        Assert.Equal(
            ("spec.rules[0].filters[0].urlRewrite.hostname", ConditionReasons.UnsupportedValue),
            SingleError(HttpRoute(Rule(Rewrite with { UrlRewrite = new HttpUrlRewriteFilter { Hostname = "*.example.com" } }))));
    }

    [Fact]
    public void A_path_modifier_needs_the_value_of_its_type()
    {
        var modifier = new HttpPathModifier { Type = HttpPathModifierTypes.ReplaceFullPath, ReplacePrefixMatch = "/x" };

        Assert.Equal(2, Errors(HttpRoute(Rule(Rewrite with { UrlRewrite = new HttpUrlRewriteFilter { Path = modifier } }))).Count);
        Assert.Empty(Errors(HttpRoute(Rule(Rewrite with { UrlRewrite = new HttpUrlRewriteFilter { Path = modifier with { ReplaceFullPath = "/x", ReplacePrefixMatch = null } } }))));
    }

    [Fact]
    public void Cors_wildcards_stand_alone_and_origins_are_urls()
    {
        HttpRoute Cors(HttpCorsFilter cors) => HttpRoute(Rule(new HttpRouteFilter { Type = HttpRouteFilterTypes.Cors, Cors = cors }));

        Assert.Empty(Errors(Cors(new HttpCorsFilter { AllowOrigins = ["https://*.example.com", "http://localhost:8080"], AllowMethods = ["GET"], AllowHeaders = ["*"] })));
        Assert.Single(Errors(Cors(new HttpCorsFilter { AllowOrigins = ["*", "https://example.com"] })));
        Assert.Single(Errors(Cors(new HttpCorsFilter { AllowOrigins = ["example.com"] })));
        Assert.Single(Errors(Cors(new HttpCorsFilter { AllowMethods = ["*", "GET"] })));
        Assert.Single(Errors(Cors(new HttpCorsFilter { MaxAge = 0 })));
    }

    [Fact]
    public void Backend_filters_are_checked_and_scoped_to_their_rule()
    {
        var route = HttpRoute(Rule(), Rule() with { BackendRefs = [Backend() with { Filters = [Redirect, Rewrite] }] });

        var error = Assert.Single(Errors(route));
        Assert.Equal(("spec.rules[1].backendRefs[0].filters", ConditionReasons.IncompatibleFilters, 1), (error.FieldPath, error.Reason, error.RuleIndex));
    }
}
