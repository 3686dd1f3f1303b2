using System.Net;
using GitOpsGateway.DataPlane.Tests.Support;
using GitOpsGateway.RouteTables.Filters;
using GitOpsGateway.Testing.Echo;
using static GitOpsGateway.DataPlane.Tests.Support.Rules;

namespace GitOpsGateway.DataPlane.Tests.Pipeline;

/// <summary>
/// The backend receives the path with the encoding the client sent: an encoded slash stays one path element's data,
/// an encoded '%' or '?' is not decoded or encoded twice, before and after a rewrite or in a redirect's Location.
/// Requests are sent with the client's canonicalisation off, so the node sees exactly the bytes written here.
/// </summary>
public sealed class PathEncodingTests : IAsyncLifetime
{
    private NodeUnderTest _node = null!;
    private EchoBackend _echo = null!;
    private EchoBackend _other = null!;

    public async ValueTask InitializeAsync()
    {
        _node = await NodeUnderTest.StartAsync();
        _echo = await EchoBackend.StartAsync("echo", cancellationToken: TestContext.Current.CancellationToken);
        _other = await EchoBackend.StartAsync("other", cancellationToken: TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _node.DisposeAsync();
        await _echo.DisposeAsync();
        await _other.DisposeAsync();
    }

    [Theory]
    [InlineData("/a%2Fb")]
    [InlineData("/a%2fb")]
    [InlineData("/a%252Fb")]
    [InlineData("/a%3Fb?x=%3F")]
    [InlineData("/100%25/done")]
    [InlineData("/caf%C3%A9/%E2%82%AC")]
    [InlineData("/space%20and+plus")]
    [InlineData("/a%2Fb/%2E%2E%2Fc")]
    public async Task the_backend_receives_the_path_with_its_original_encoding(string target)
    {
        await _node.ApplyAsync(new TableBuilder().Http().Cluster("c", _echo).Rule(Prefix("/", To("c"))).Build());

        var echo = await SendAsync(target);

        Assert.Equal(target, echo.RawTarget);
    }

    [Fact]
    public async Task dot_segments_are_resolved_and_the_remaining_elements_keep_their_encoding()
    {
        await _node.ApplyAsync(new TableBuilder().Http().Cluster("c", _echo).Rule(Prefix("/", To("c"))).Build());

        var echo = await SendAsync("/x/../a%2Fb/./c%3F");

        Assert.Equal("/a%2Fb/c%3F", echo.RawTarget);
    }

    [Fact]
    public async Task an_encoded_slash_is_data_inside_one_path_element_not_a_separator()
    {
        await _node.ApplyAsync(new TableBuilder().Http().Cluster("echo", _echo).Cluster("other", _other)
            .Rule(Prefix("/a", To("other")))
            .Rule(Prefix("/", To("echo")))
            .Build());

        Assert.Equal("echo", (await SendAsync("/a%2Fb")).Backend);
        Assert.Equal("other", (await SendAsync("/a/b%2Fc")).Backend);
    }

    [Fact]
    public async Task replace_prefix_match_keeps_the_encoding_of_the_rest_of_the_path()
    {
        var rewrite = new UrlRewriteFilter
        {
            Path = new PathModifier { Type = PathModifierType.ReplacePrefixMatch, Value = "/new", MatchedPrefix = "/prefix" },
        };
        await _node.ApplyAsync(new TableBuilder().Http().Cluster("c", _echo)
            .Rule(Prefix("/prefix", To("c")) with { Filters = [rewrite] }).Build());

        Assert.Equal("/new/a%2Fb/%252F/%3F%25?q=%2F", (await SendAsync("/prefix/a%2Fb/%252F/%3F%25?q=%2F")).RawTarget);
        Assert.Equal("/new/caf%C3%A9", (await SendAsync("/prefix/caf%C3%A9")).RawTarget);
        Assert.Equal("/new", (await SendAsync("/prefix")).RawTarget);
    }

    [Fact]
    public async Task replace_full_path_sends_the_configured_path_as_written()
    {
        var rewrite = new UrlRewriteFilter
        {
            Path = new PathModifier { Type = PathModifierType.ReplaceFullPath, Value = "/fixed%20path/caf%C3%A9" },
        };
        await _node.ApplyAsync(new TableBuilder().Http().Cluster("c", _echo)
            .Rule(Prefix("/", To("c")) with { Filters = [rewrite] }).Build());

        Assert.Equal("/fixed%20path/caf%C3%A9?q=1", (await SendAsync("/any/a%2Fb?q=1")).RawTarget);
    }

    [Fact]
    public async Task a_redirect_location_keeps_the_encoding_of_the_request_path()
    {
        var prefixRedirect = new RequestRedirectFilter
        {
            Hostname = "example.org",
            Path = new PathModifier { Type = PathModifierType.ReplacePrefixMatch, Value = "/new", MatchedPrefix = "/old" },
            StatusCode = 302,
        };
        var plainRedirect = new RequestRedirectFilter { Hostname = "example.org", StatusCode = 302 };
        await _node.ApplyAsync(new TableBuilder().Http().Cluster("unused", _echo)
            .Rule(Prefix("/old", To("unused")) with { Filters = [prefixRedirect] })
            .Rule(Prefix("/", To("unused")) with { Filters = [plainRedirect] })
            .Build());

        Assert.Equal("http://example.org/new/a%2Fb%3F?q=1", await LocationAsync("/old/a%2Fb%3F?q=1"));
        Assert.Equal("http://example.org/a%3Fb/%252F", await LocationAsync("/a%3Fb/%252F"));
        Assert.Equal(0, _echo.RequestCount);
    }

    private async Task<EchoResponse> SendAsync(string target)
    {
        using var response = await _node.Client.SendAsync(Request(target), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await EchoResponse.ReadAsync(response, TestContext.Current.CancellationToken);
    }

    private async Task<string?> LocationAsync(string target)
    {
        using var response = await _node.Client.SendAsync(Request(target), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        return response.Headers.Location?.OriginalString;
    }

    /// <summary>A request whose target goes on the wire byte for byte: no unescaping, no dot-segment removal.</summary>
    private HttpRequestMessage Request(string target)
    {
        var uri = new Uri(
            $"http://127.0.0.1:{_node.LocalPort(80)}{target}",
            new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
        return new HttpRequestMessage(HttpMethod.Get, uri);
    }
}
