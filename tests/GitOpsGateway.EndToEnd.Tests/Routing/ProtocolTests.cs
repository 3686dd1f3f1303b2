using System.Net;
using System.Net.WebSockets;
using System.Text;
using GitOpsGateway.Testing.Echo;

namespace GitOpsGateway.EndToEnd.Tests.Routing;

/// <summary>Client and backend protocols: HTTP/1.1, HTTP/2 over TLS, h2c and WebSocket backends, and SNI against Host.</summary>
[Collection(RoutingCollection.Name)]
public sealed class ProtocolTests(RoutingCluster cluster)
{
    [Fact]
    public async Task an_http_1_1_request_reaches_an_http_1_1_backend_with_the_clients_host_and_path()
    {
        var echo = await cluster.Client.EchoAsync("http://protocols.test/h1/page?x=1");

        Assert.Equal(("main", "HTTP/1.1", "/h1/page", "?x=1", "protocols.test"), (echo.Backend, echo.Protocol, echo.Path, echo.Query, echo.Host));
    }

    [Fact]
    public async Task an_h2c_backend_is_reached_over_http_2_with_prior_knowledge()
    {
        var echo = await cluster.Client.EchoAsync("http://protocols.test/h2c/call");

        Assert.Equal(("HTTP/2", "/h2c/call"), (echo.Protocol, echo.Path));
    }

    [Fact]
    public async Task a_websocket_backend_echoes_text_and_binary_messages_through_the_node()
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Host", "protocols.test");
        await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{cluster.Node.HttpPort}/ws/chat"), cancellation);
        var buffer = new byte[64];

        await socket.SendAsync(Encoding.UTF8.GetBytes("hello"), WebSocketMessageType.Text, true, cancellation);
        var text = await socket.ReceiveAsync(buffer.AsMemory(), cancellation);
        await socket.SendAsync(new byte[] { 1, 2, 3 }, WebSocketMessageType.Binary, true, cancellation);
        var binary = await socket.ReceiveAsync(buffer.AsMemory(8), cancellation);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", cancellation);

        Assert.Equal("hello", Encoding.UTF8.GetString(buffer, 0, text.Count));
        Assert.Equal(WebSocketMessageType.Binary, binary.MessageType);
        Assert.Equal(new byte[] { 1, 2, 3 }, buffer[8..11]);
        Assert.Contains(cluster.Main.Received, request => request.Path == "/ws/chat" && request.Header("Upgrade") == "websocket");
    }

    [Fact]
    public async Task https_negotiates_http_2_through_alpn_with_the_certificate_of_the_sni_name()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("https://b.secure.test/h2"))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };

        using var response = await cluster.Client.SendAsync(request);

        Assert.Equal((HttpStatusCode.OK, HttpVersion.Version20), (response.StatusCode, response.Version));
        var echo = await EchoResponse.ReadAsync(response, TestContext.Current.CancellationToken);
        Assert.Equal(("main", "b.secure.test", "/h2"), (echo.Backend, echo.Host, echo.Path));
    }

    [Fact]
    public async Task an_https_request_whose_host_belongs_to_another_listener_than_its_sni_is_answered_421()
    {
        var port = cluster.Node.HttpsPort!.Value;
        var cancellation = TestContext.Current.CancellationToken;

        var (status, subject) = await RawHttps.GetAsync(port, RoutingManifests.SecureHostA, RoutingManifests.SecureHostB, "/misdirected", cancellation);
        var (sameStatus, _) = await RawHttps.GetAsync(port, RoutingManifests.SecureHostA, RoutingManifests.SecureHostA, "/directed", cancellation);

        Assert.Equal(421, status);
        Assert.Equal("CN=" + RoutingManifests.SecureHostA, subject);
        Assert.Equal(200, sameStatus);
        Assert.DoesNotContain(cluster.Main.Received, request => request.Path == "/misdirected");
    }
}
