using System.Net.WebSockets;
using System.Text;
using GitOpsGateway.Testing.Echo;

namespace GitOpsGateway.Testing.Tests.Echo;

public sealed class WebSocketEchoTests
{
    [Fact]
    public async Task websocket_upgrade_on_any_path_echoes_text_and_binary_messages()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var backend = await EchoBackend.StartAsync("sockets", cancellationToken: cancellation);
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{backend.Port}/any/path"), cancellation);

        var text = await RoundTripAsync(socket, Encoding.UTF8.GetBytes("hello, gateway"), WebSocketMessageType.Text, cancellation);
        byte[] binary = [0, 1, 2, 254, 255];
        var binaryEcho = await RoundTripAsync(socket, binary, WebSocketMessageType.Binary, cancellation);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", cancellation);

        Assert.Equal((WebSocketMessageType.Text, "hello, gateway"), (text.Type, Encoding.UTF8.GetString(text.Payload)));
        Assert.Equal(WebSocketMessageType.Binary, binaryEcho.Type);
        Assert.Equal(binary, binaryEcho.Payload);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, socket.CloseStatus);
        Assert.Equal("/any/path", Assert.Single(backend.Received).Path);
    }

    private static async Task<(WebSocketMessageType Type, byte[] Payload)> RoundTripAsync(
        ClientWebSocket socket, byte[] message, WebSocketMessageType type, CancellationToken cancellation)
    {
        await socket.SendAsync(message, type, endOfMessage: true, cancellation);
        var buffer = new byte[1024];
        using var payload = new MemoryStream();
        ValueWebSocketReceiveResult received;
        do
        {
            received = await socket.ReceiveAsync(buffer.AsMemory(), cancellation);
            payload.Write(buffer, 0, received.Count);
        }
        while (!received.EndOfMessage);

        return (received.MessageType, payload.ToArray());
    }
}
