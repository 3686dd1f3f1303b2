using System.Net.WebSockets;

namespace GitOpsGateway.Testing.Echo;

/// <summary>Sends every text and binary message back as it came, until the client closes.</summary>
internal static class WebSocketEcho
{
    public static async Task RunAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        while (socket.State == WebSocketState.Open)
        {
            var received = await socket.ReceiveAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                await socket.CloseOutputAsync(
                    socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure,
                    socket.CloseStatusDescription,
                    cancellationToken).ConfigureAwait(false);
                return;
            }

            await socket.SendAsync(
                buffer.AsMemory(0, received.Count), received.MessageType, received.EndOfMessage, cancellationToken)
                .ConfigureAwait(false);
        }
    }
}
