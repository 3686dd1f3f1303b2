using System.Diagnostics;
using GitOpsGateway.GatewayApi.HttpRoutes;
using GitOpsGateway.GatewayApi.Routes;
using GitOpsGateway.GatewayApi.Validation;
using static GitOpsGateway.GatewayApi.Tests.Validation.Build;

namespace GitOpsGateway.GatewayApi.Tests.Validation;

public sealed class RegexValidationTests
{
    [Theory]
    [InlineData("/api/v[0-9]+/.*")]
    [InlineData("(a+)+$")]
    [InlineData(@"/\p{L}+")]
    public void Linear_time_patterns_are_valid(string pattern) =>
        Assert.Empty(Errors(WithMatch(PathMatch(PathMatchTypes.RegularExpression, pattern))));

    [Theory]
    [InlineData(@"(\w)\1", "linear time")]
    [InlineData("(?<=/api)/v1", "linear time")]
    [InlineData("(?>a+)b", "linear time")]
    [InlineData("(a{1000}){1000}", "linear time")]
    [InlineData("/api/[", "not a valid regular expression")]
    public void Patterns_that_need_backtracking_or_do_not_compile_are_invalid(string pattern, string reason)
    {
        var header = new HttpHeaderMatch { Type = HeaderMatchTypes.RegularExpression, Name = "X-Tenant", Value = pattern };

        var error = Assert.Single(Errors(WithMatch(new HttpRouteMatch { Headers = [header] })));

        Assert.Equal("spec.rules[0].matches[0].headers[0].value", error.FieldPath);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_catastrophic_backtracking_pattern_does_not_stall_matching()
    {
        Assert.True(UserRegex.TryCreateFullMatch("(a+)+$", out var regex, out _));
        // A backtracking engine needs about 2^n steps here; 10,000 characters would never finish.
        var hostile = new string('a', 10_000) + "!";

        var stopwatch = Stopwatch.StartNew();
        var matched = regex.IsMatch(hostile);

        Assert.False(matched);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void Patterns_match_the_whole_value()
    {
        Assert.True(UserRegex.TryCreateFullMatch("/api/v[0-9]", out var regex, out _));

        Assert.Matches(regex, "/api/v1");
        Assert.DoesNotMatch(regex, "/api/v1/users");
        Assert.DoesNotMatch(regex, "x/api/v1");
    }
}
