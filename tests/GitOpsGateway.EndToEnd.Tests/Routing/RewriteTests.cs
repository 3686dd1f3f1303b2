namespace GitOpsGateway.EndToEnd.Tests.Routing;

/// <summary>URLRewrite as the backend sees it: hostname, full path, and the spec's ReplacePrefixMatch table.</summary>
[Collection(RoutingCollection.Name)]
public sealed class RewriteTests(RoutingCluster cluster)
{
    [Fact]
    public async Task a_hostname_rewrite_changes_the_host_the_backend_sees_and_keeps_the_path()
    {
        var echo = await cluster.Client.EchoAsync("http://rewrite.test/host/page?x=1");

        Assert.Equal(("rewritten.test", "/host/page", "?x=1"), (echo.Host, echo.Path, echo.Query));
    }

    [Fact]
    public async Task a_full_path_rewrite_replaces_the_whole_path_and_keeps_the_query()
    {
        var echo = await cluster.Client.EchoAsync("http://rewrite.test/full/one/two?keep=yes");

        Assert.Equal(("/one", "?keep=yes", "rewrite.test"), (echo.Path, echo.Query, echo.Host));
    }

    /// <remarks>Rows of the table in <c>HTTPPathModifier.ReplacePrefixMatch</c> (prefix /foo or /bar/, replacement /xyz, /xyz/ or /).</remarks>
    [Theory]
    [InlineData("/foo/bar", "/xyz/bar")]
    [InlineData("/foo", "/xyz")]
    [InlineData("/foo/", "/xyz/")]
    [InlineData("/bar/baz", "/xyz/baz")]
    [InlineData("/strip/bar", "/bar")]
    [InlineData("/strip/", "/")]
    [InlineData("/strip", "/")]
    public async Task a_prefix_rewrite_replaces_the_matched_segments(string path, string rewritten)
    {
        var echo = await cluster.Client.EchoAsync("http://rewrite.test" + path + "?q=1");

        Assert.Equal((rewritten, "?q=1"), (echo.Path, echo.Query));
    }
}
