using GitOpsGateway.RouteTables.Filters;
using GitOpsGateway.Routing.Decisions;
using static GitOpsGateway.Routing.Tests.Ir;

namespace GitOpsGateway.Routing.Tests.Decisions;

public sealed class RewriteTests
{
    // The table of the Gateway API's HTTPPathModifier.replacePrefixMatch documentation.
    [Theory]
    [InlineData("/foo/bar", "/foo", "/xyz", "/xyz/bar")]
    [InlineData("/foo/bar", "/foo", "/xyz/", "/xyz/bar")]
    [InlineData("/foo/bar", "/foo/", "/xyz", "/xyz/bar")]
    [InlineData("/foo/bar", "/foo/", "/xyz/", "/xyz/bar")]
    [InlineData("/foo", "/foo", "/xyz", "/xyz")]
    [InlineData("/foo/", "/foo", "/xyz", "/xyz/")]
    [InlineData("/foo/bar", "/foo", "", "/bar")]
    [InlineData("/foo/", "/foo", "", "/")]
    [InlineData("/foo", "/foo", "", "/")]
    [InlineData("/foo/", "/foo", "/", "/")]
    [InlineData("/foo", "/foo", "/", "/")]
    [InlineData("/prefix/one", "/prefix", "/", "/one")]
    [InlineData("/prefix", "/prefix", "/", "/")]
    [InlineData("/prefix/one/two", "/prefix/one", "/one", "/one/two")]
    [InlineData("/anything", "/", "/base", "/base/anything")]
    public void A_prefix_rewrite_follows_the_gateway_api_table(string path, string prefix, string replacement, string expected)
    {
        var rewrite = new UrlRewriteFilter
        {
            Path = new PathModifier { Type = PathModifierType.ReplacePrefixMatch, Value = replacement, MatchedPrefix = prefix },
        };
        var router = CompiledRouter.Build(Rules(Prefix("r", prefix, rewrite)));

        Assert.Equal(expected, router.As<Forward>(Requests.Http("example.org", path)).Path);
    }

    [Theory]
    [InlineData("/full/one/two", "/one", "/one")]
    [InlineData("/full/one", "", "/")]
    public void A_full_path_rewrite_replaces_the_whole_path(string path, string replacement, string expected)
    {
        var rewrite = new UrlRewriteFilter { Path = new PathModifier { Type = PathModifierType.ReplaceFullPath, Value = replacement } };
        var router = CompiledRouter.Build(Rules(Prefix("r", "/full/one", rewrite)));

        Assert.Equal(expected, router.As<Forward>(Requests.Http("example.org", path)).Path);
    }

    [Fact]
    public void A_hostname_rewrite_replaces_the_host_and_keeps_path_and_query()
    {
        var router = CompiledRouter.Build(Rules(Prefix("r", "/", new UrlRewriteFilter { Hostname = "internal.example.net" })));

        var forward = router.As<Forward>(Requests.Http("example.org:8080", "/x", query: "?q=1"));

        Assert.Equal("internal.example.net", forward.Host);
        Assert.Equal("/x", forward.Path);
        Assert.Equal("q=1", forward.Query);
    }

    [Fact]
    public void Without_a_rewrite_the_host_header_is_forwarded_unmodified_with_its_port()
    {
        var forward = CompiledRouter.Build(Rules(Prefix("r", "/"))).As<Forward>(Requests.Http("Example.org:8080", "/x"));

        Assert.Equal("Example.org:8080", forward.Host);
        Assert.Equal("/x", forward.Path);
        Assert.Equal("", forward.Query);
    }
}
