using System.Net;
using GitOpsGateway.DataPlane.Tests.Support;
using GitOpsGateway.RouteTables.Clusters;
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
        // One field line, joined by a bare comma, as the conformance suite's echo server must report it.
        Assert.Equal(["client,added"], echo.HeaderValues("X-Add"));
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
        Assert.Equal(["backend,add-appends"], response.Headers.GetValues("X-Header-Add"));
        Assert.False(response.Headers.Contains("X-Header-Remove"));
    }

    [Fact]
    public async Task an_added_request_header_the_client_sent_on_two_lines_reaches_the_backend_as_one_line()
    {
        var modifier = new RequestHeaderModifierFilter { Add = [new HttpHeader { Name = "X-Header-Add-Append", Value = "header-val-2" }] };
        await _node.ApplyAsync(new TableBuilder().Http().Cluster("c", _echo)
            .Rule(Prefix("/", To("c")) with { Filters = [modifier] }).Build());

        await RawHttp.GetHeaderLinesAsync(_node.LocalPort(80), "/two-lines", "x-header-add-append: append-val-1", "X-Header-Add-Append: append-val-0");

        var seen = await _echo.WaitForPathAsync("/two-lines", TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.Equal(["append-val-1,append-val-0,header-val-2"], seen.HeaderValues("X-Header-Add-Append"));
    }

    [Fact]
    public async Task an_added_response_header_the_backend_sent_goes_to_the_client_as_one_line_joined_by_a_bare_comma()
    {
        var modifier = new ResponseHeaderModifierFilter
        {
            Add = [new HttpHeader { Name = "X-Header-Add", Value = "add-appends-values" }, new HttpHeader { Name = "X-Header-Fresh", Value = "fresh" }],
        };
        await _node.ApplyAsync(new TableBuilder().Http().Cluster("c", _echo)
            .Rule(Prefix("/", To("c")) with { Filters = [modifier] }).Build());

        var lines = await RawHttp.GetHeaderLinesAsync(_node.LocalPort(80), "/add", "X-Echo-Set-Header: x-header-add:some-other-value");

        Assert.Equal(["x-header-add: some-other-value,add-appends-values"], lines.Named("X-Header-Add"));
        Assert.Equal(["x-header-fresh: fresh"], lines.Named("X-Header-Fresh"));
    }

    [Fact]
    public async Task the_upstream_response_modifier_multiple_and_case_insensitivity_cases_hold_line_by_line_on_the_wire()
    {
        static HttpHeader Header(string name, string value) => new() { Name = name, Value = value };
        var multiple = new ResponseHeaderModifierFilter
        {
            Set = [Header("X-Header-Set-1", "header-set-1"), Header("X-Header-Set-2", "header-set-2")],
            Add = [Header("X-Header-Add-1", "header-add-1"), Header("X-Header-Add-2", "header-add-2"), Header("X-Header-Add-3", "header-add-3")],
            Remove = ["X-Header-Remove-1", "X-Header-Remove-2"],
        };
        var caseInsensitive = new ResponseHeaderModifierFilter
        {
            Set = [Header("X-Header-Set", "header-set")],
            Add =
            [
                Header("X-Header-Add", "header-add"), Header("x-lowercase-add", "lowercase-add"), Header("x-Mixedcase-ADD-1", "mixedcase-add-1"),
                Header("X-mixeDcase-add-2", "mixedcase-add-2"), Header("X-UPPERCASE-ADD", "uppercase-add"),
            ],
            Remove = ["X-Header-Remove"],
        };
        await _node.ApplyAsync(new TableBuilder().Http().Cluster("c", _echo)
            .Rule(Prefix("/multiple", To("c")) with { Filters = [multiple] })
            .Rule(Prefix("/case-insensitivity", To("c")) with { Filters = [caseInsensitive] })
            .Build());
        var port = _node.LocalPort(80);

        var first = await RawHttp.GetHeaderLinesAsync(port, "/multiple",
            "X-Echo-Set-Header: X-Header-Set-2:set-val-2,X-Header-Add-2:add-val-2,X-Header-Remove-2:remove-val-2,Another-Header:another-header-val,X-Header-Remove-1:val");
        var second = await RawHttp.GetHeaderLinesAsync(port, "/case-insensitivity",
            "X-Echo-Set-Header: x-header-set:original-val-set,x-header-add:original-val-add,x-header-remove:original-val-remove,Another-Header:another-header-val");

        Assert.Equal(["x-header-set-1: header-set-1"], first.Named("X-Header-Set-1"));
        Assert.Equal(["x-header-set-2: header-set-2"], first.Named("X-Header-Set-2"));
        Assert.Equal(["x-header-add-1: header-add-1"], first.Named("X-Header-Add-1"));
        Assert.Equal(["x-header-add-2: add-val-2,header-add-2"], first.Named("X-Header-Add-2"));
        Assert.Equal(["x-header-add-3: header-add-3"], first.Named("X-Header-Add-3"));
        Assert.Equal(["another-header: another-header-val"], first.Named("Another-Header"));
        Assert.Empty(first.Named("X-Header-Remove-1"));
        Assert.Empty(first.Named("X-Header-Remove-2"));
        Assert.Equal(["x-header-set: header-set"], second.Named("X-Header-Set"));
        Assert.Equal(["x-header-add: original-val-add,header-add"], second.Named("X-Header-Add"));
        Assert.Equal(["x-lowercase-add: lowercase-add"], second.Named("X-Lowercase-Add"));
        Assert.Equal(["x-mixedcase-add-1: mixedcase-add-1"], second.Named("X-Mixedcase-Add-1"));
        Assert.Equal(["x-mixedcase-add-2: mixedcase-add-2"], second.Named("X-Mixedcase-Add-2"));
        Assert.Equal(["x-uppercase-add: uppercase-add"], second.Named("X-Uppercase-Add"));
        Assert.Equal(["another-header: another-header-val"], second.Named("Another-Header"));
        Assert.Empty(second.Named("X-Header-Remove"));
    }

    [Fact]
    public async Task a_grpcroute_header_modifier_add_joins_the_clients_value_with_a_bare_comma_over_h2c()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var requestModifier = new RequestHeaderModifierFilter { Add = [new HttpHeader { Name = "X-Header-Add", Value = "header-add" }] };
        var responseModifier = new ResponseHeaderModifierFilter { Add = [new HttpHeader { Name = "X-Reply-Add", Value = "reply-add" }] };
        await _node.ApplyAsync(new TableBuilder().Http().Cluster("grpc", _echo, ClusterProtocol.Grpc)
            .Rule(GrpcMethod("echo.Echo", "Say", To("grpc")) with { Filters = [requestModifier, responseModifier] }).Build());
        using var client = new HttpClient(new SocketsHttpHandler());
        using var request = new HttpRequestMessage(HttpMethod.Post, _node.Url("/echo.Echo/Say"))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent([0, 0, 0, 0, 0]),
        };
        request.Content.Headers.ContentType = new("application/grpc");
        request.Headers.Add("X-Header-Add", "original-val-add");
        request.Headers.Add("X-Echo-Set-Header", "X-Reply-Add:backend");

        using var response = await client.SendAsync(request, cancellation);

        var seen = await _echo.WaitForPathAsync("/echo.Echo/Say", TimeSpan.FromSeconds(10), cancellation);
        Assert.Equal("HTTP/2", seen.Protocol);
        Assert.Equal(["original-val-add,header-add"], seen.HeaderValues("X-Header-Add"));
        Assert.Equal(["backend,reply-add"], response.Headers.GetValues("X-Reply-Add"));
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
