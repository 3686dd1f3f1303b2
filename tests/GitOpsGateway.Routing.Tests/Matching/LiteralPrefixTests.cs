using GitOpsGateway.Routing.Matching;

namespace GitOpsGateway.Routing.Tests.Matching;

public sealed class LiteralPrefixTests
{
    [Theory]
    [InlineData("/api/v[0-9]+/users", "/api/v")]
    [InlineData("/exact/path", "/exact/path")]
    [InlineData("/ab?c", "/a")]
    [InlineData("/ab*", "/a")]
    [InlineData("/ab{0,2}", "/a")]
    [InlineData("/ab+c", "/ab")]
    [InlineData(@"/a\.b", "/a")]
    [InlineData("/a.b", "/a")]
    [InlineData("/a(b)?", "/a")]
    [InlineData("/a|/b", "")]
    [InlineData("/(a|b)/c", "")]
    [InlineData("^/a", "")]
    [InlineData("(?i)/a", "")]
    [InlineData(".*", "")]
    public void The_prefix_is_only_text_every_match_starts_with(string pattern, string expected)
    {
        var prefix = LiteralPrefix.Of(pattern);

        Assert.Equal(expected, prefix);
    }
}
