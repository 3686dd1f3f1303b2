using System.Net;
using System.Net.WebSockets;
using System.Text;
using GitOpsGateway.DataPlane.Tests.Support;
using GitOpsGateway.RouteTables.Clusters;
using GitOpsGateway.Testing.Echo;
using static GitOpsGateway.DataPlane.Tests.Support.Rules;

namespace GitOpsGateway.DataPlane.Tests.Pipeline;

public sealed class ForwardingTests : IAsyncLifetime
{
    private NodeUnderTest _node = null!;
    private EchoBackend _one = null!;
    private EchoBackend _two = null!;

    public async ValueTask InitializeAsync()
    {
        _node = await NodeUnderTest.StartAsync();
        _one = await EchoBackend.StartAsync("one", cancellationToken: TestContext.Current.CancellationToken);
        _two = await EchoBackend.StartAsync("two", cancellationToken: TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _node.DisposeAsync();
        await _one.DisposeAsync();
        await _two.DisposeAsync();
    }

    [Fact]
    public async Task a_table_without_listeners_opens_no_port()
    {
        var outcome = await _node.ApplyAsync(new TableBuilder().Build());

        Assert.Empty(_node.Node.OpenLocalPorts);
        Assert.Equal(outcome.Version, _node.Node.ServingVersion);
    }

    [Fact]
    public async Task a_matching_rule_forwards_to_its_backend_with_the_clients_host_and_path()
    {
        await _node.ApplyAsync(new TableBuilder().Http().Cluster("c1", _one).Rule(Prefix("/app", To("c1"))).Build());

        using var response = await _node.GetAsync("/app/items?x=1", host: "shop.example.com");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = await EchoResponse.ReadAsync(response, TestContext.Current.CancellationToken);
        Assert.Equal("one", echo.Backend);
        Assert.Equal("/app/items", echo.Path);
        Assert.Equal("?x=1", echo.Query);
        Assert.Equal("shop.example.com", echo.Host);
    }

    [Fact]
    public async Task a_request_no_rule_matches_is_answered_404()
    {
        await _node.ApplyAsync(new TableBuilder().Http().Cluster("c1", _one).Rule(Exact("/only", To("c1"))).Build());

        using var response = await _node.GetAsync("/other");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, _one.RequestCount);
    }

    [Fact]
    public async Task a_rule_whose_backend_is_invalid_is_answered_500()
    {
        await _node.ApplyAsync(new TableBuilder().Http().Rule(Prefix("/", Invalid())).Build());

        using var response = await _node.GetAsync("/");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    [Fact]
    public async Task weights_70_30_0_split_1000_requests_within_tolerance()
    {
        await using var zero = await EchoBackend.StartAsync("zero", cancellationToken: TestContext.Current.CancellationToken);
        await _node.ApplyAsync(new TableBuilder().Http()
            .Cluster("c1", _one).Cluster("c2", _two).Cluster("c0", zero)
            .Rule(Prefix("/", To("c1", 70), To("c2", 30), To("c0", 0)))
            .Build());

        var counts = new Dictionary<string, int>();
        for (var index = 0; index < 1000; index++)
        {
            using var response = await _node.GetAsync("/w");
            var echo = await EchoResponse.ReadAsync(response, TestContext.Current.CancellationToken);
            counts[echo.Backend] = counts.GetValueOrDefault(echo.Backend) + 1;
        }

        // Binomial: the standard deviation is about 14.5, so ±80 is more than five of them.
        Assert.InRange(counts.GetValueOrDefault("one"), 620, 780);
        Assert.InRange(counts.GetValueOrDefault("two"), 220, 380);
        Assert.Equal(0, counts.GetValueOrDefault("zero"));
        Assert.Equal(0, zero.RequestCount);
    }

    [Fact]
    public async Task an_invalid_backends_share_of_the_weight_is_answered_500()
    {
        await _node.ApplyAsync(new TableBuilder().Http().Cluster("c1", _one).Rule(Prefix("/", To("c1", 50), Invalid(50))).Build());

        var statuses = new List<HttpStatusCode>();
        for (var index = 0; index < 200; index++)
        {
            using var response = await _node.GetAsync("/");
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, status => Assert.Contains(status, new[] { HttpStatusCode.OK, HttpStatusCode.InternalServerError }));
        Assert.InRange(statuses.Count(status => status == HttpStatusCode.InternalServerError), 50, 150);
    }

    [Fact]
    public async Task an_h2c_cluster_is_reached_over_http2_with_prior_knowledge()
    {
        await _node.ApplyAsync(new TableBuilder().Http().Cluster("h2c", _one, ClusterProtocol.H2c).Rule(Prefix("/", To("h2c"))).Build());

        using var response = await _node.GetAsync("/grpc-like");

        var echo = await EchoResponse.ReadAsync(response, TestContext.Current.CancellationToken);
        Assert.Equal("HTTP/2", echo.Protocol);
    }

    [Fact]
    public async Task a_websocket_passes_through_and_echoes_text_and_binary()
    {
        await _node.ApplyAsync(new TableBuilder().Http().Cluster("ws", _one, ClusterProtocol.WebSocket).Rule(Prefix("/ws", To("ws"))).Build());
        using var socket = new ClientWebSocket();
        var cancellation = TestContext.Current.CancellationToken;

        await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{_node.LocalPort(80)}/ws/chat"), cancellation);
        await socket.SendAsync(Encoding.UTF8.GetBytes("hello"), WebSocketMessageType.Text, true, cancellation);
        var buffer = new byte[64];
        var text = await socket.ReceiveAsync(buffer.AsMemory(), cancellation);
        await socket.SendAsync(new byte[] { 1, 2, 3 }, WebSocketMessageType.Binary, true, cancellation);
        var binary = await socket.ReceiveAsync(buffer.AsMemory(8), cancellation);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", cancellation);

        Assert.Equal("hello", Encoding.UTF8.GetString(buffer, 0, text.Count));
        Assert.Equal(WebSocketMessageType.Binary, binary.MessageType);
        Assert.Equal(new byte[] { 1, 2, 3 }, buffer[8..11]);
        Assert.Equal("/ws/chat", _one.Received.Single().Path);
    }

    [Fact]
    public async Task a_cluster_without_endpoints_is_answered_503()
    {
        await _node.ApplyAsync(new TableBuilder().Http().Cluster("empty", ClusterProtocol.Http1).Rule(Prefix("/", To("empty"))).Build());

        using var response = await _node.GetAsync("/");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}
