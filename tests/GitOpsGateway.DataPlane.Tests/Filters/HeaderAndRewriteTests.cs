using System.Net;
using GitOpsGateway.DataPlane.Tests.Support;
using GitOpsGateway.RouteTables.Filters;
using GitOpsGateway.Testing.Echo;
using static GitOpsGateway.DataPlane.Tests.Support.Rules;

namespace GitOpsGateway.DataPlane.Tests.Filters;

public sealed class HeaderAndRewriteTests : IAsyncLifetime
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

    [Fact]
    public async Task request_header_modifier_sets_adds_and_removes_what_the_backend_sees()
    {
        var modifier = new RequestHeaderModifierFilter
        {
            Set = [new HttpHeader { Name = "X-Set", Value = "set-value" }],
            Add = [new HttpHeader { Name = "X-Add", Value = "added" }],
            Remove = ["X-Remove"],
        };
        await _node.ApplyAsync(new TableBuilder().Http().Cluster("c", _echo)
            .Rule(Prefix("/", To("c")) with { Filters = [modifier] }).Build());
        using var request = new HttpRequestMessage(HttpMethod.Get, _node.Url("/headers"));
        request.Headers.Add("X-Set", "original");
        request.Headers.Add("X-Add", "client");
        request.Headers.Add("X-Remove", "gone");

        using var response = await _node.Client.SendAsync(request, TestContext.Current.CancellationToken);

        var echo = await EchoResponse.ReadAsync(response, TestContext.Current.CancellationToken);
        Assert.Equal("set-value", echo.Header("X-Set"));
        Assert.Equal(["client", "added"], echo.HeaderValues("X-Add").SelectMany(value => value.Split(", ")));
        Assert.Null(echo.Header("X-Remove"));
    }

    [Fact]
    public async Task response_header_modifier_changes_the_backends_response_headers()
    {
        var modifier = new ResponseHeaderModifierFilter
        {
            Set = [new HttpHeader { Name = "X-Header-Set", Value = "set-overwrites" }],
            Add = [new HttpHeader { Name = "X-Header-Add", Value = "add-appends" }],
            Remove = ["X-Header-Remove"],
        };
        await _node.ApplyAsync(new TableBuilder().Http().Cluster("c", _echo)
            .Rule(Prefix("/", To("c")) with { Filters = [modifier] }).Build());
        using var request = new HttpRequestMessage(HttpMethod.Get, _node.Url("/"));
        request.Headers.Add("X-Echo-Set-Header", "X-Header-Set:backend, X-Header-Add:backend, X-Header-Remove:backend");

        using var response = await _node.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(["set-overwrites"], response.Headers.GetValues("X-Header-Set"));
        Assert.Equal(["backend", "add-appends"], response.Headers.GetValues("X-Header-Add"));
        Assert.False(response.Headers.Contains("X-Header-Remove"));
    }

    [Fact]
    public async Task a_redirect_answers_with_the_status_and_the_computed_location()
    {
        var redirect = new RequestRedirectFilter
        {
            Scheme = "https",
            Hostname = "example.org",
            Path = new PathModifier { Type = PathModifierType.ReplacePrefixMatch, Value = "/new", MatchedPrefix = "/old" },
            StatusCode = 301,
        };
        await _node.ApplyAsync(new TableBuilder().Http().Rule(Prefix("/old", To("unused")) with { Filters = [redirect] })
            .Cluster("unused", _echo).Build());

        using var response = await _node.GetAsync("/old/page?q=1", host: "shop.example.com");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("https://example.org/new/page?q=1", response.Headers.Location?.OriginalString);
        Assert.Equal(0, _echo.RequestCount);
    }

    [Fact]
    public async Task a_url_rewrite_changes_the_path_and_host_the_backend_sees()
    {
        var rewrite = new UrlRewriteFilter
        {
            Hostname = "internal.example.net",
            Path = new PathModifier { Type = PathModifierType.ReplacePrefixMatch, Value = "/", MatchedPrefix = "/prefix" },
        };
        await _node.ApplyAsync(new TableBuilder().Http().Cluster("c", _echo)
            .Rule(Prefix("/prefix", To("c")) with { Filters = [rewrite] }).Build());

        using var nested = await _node.GetAsync("/prefix/one/two?keep=yes", host: "public.example.com");
        using var bare = await _node.GetAsync("/prefix", host: "public.example.com");

        var nestedEcho = await EchoResponse.ReadAsync(nested, TestContext.Current.CancellationToken);
        Assert.Equal("/one/two", nestedEcho.Path);
        Assert.Equal("?keep=yes", nestedEcho.Query);
        Assert.Equal("internal.example.net", nestedEcho.Host);
        Assert.Equal("/", (await EchoResponse.ReadAsync(bare, TestContext.Current.CancellationToken)).Path);
    }

    [Fact]
    public async Task backend_level_filters_apply_only_to_requests_sent_to_that_backend()
    {
        await _node.ApplyAsync(new TableBuilder().Http().Cluster("a", _echo).Cluster("b", _other)
            .Rule(Prefix("/", To("a", 50, SetRequestHeader("x-backend", "a")), To("b", 50, SetRequestHeader("x-backend", "b"))))
            .Build());

        var seen = new List<(string Backend, string? Header)>();
        for (var index = 0; index < 40; index++)
        {
            using var response = await _node.GetAsync("/");
            var echo = await EchoResponse.ReadAsync(response, TestContext.Current.CancellationToken);
            seen.Add((echo.Backend, echo.Header("x-backend")));
        }

        Assert.All(seen, pair => Assert.Equal(pair.Backend == "echo" ? "a" : "b", pair.Header));
        Assert.Contains(seen, pair => pair.Backend == "other");
    }
}
