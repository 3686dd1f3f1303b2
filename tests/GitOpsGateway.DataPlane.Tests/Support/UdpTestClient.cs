using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GitOpsGateway.DataPlane.Tests.Support;

/// <summary>A UDP client with its own source port (so its own node session) that sends text and reads the reply.</summary>
internal sealed class UdpTestClient(int nodePort) : IDisposable
{
    private readonly UdpClient _socket = new(new IPEndPoint(IPAddress.Loopback, 0));
    private readonly IPEndPoint _node = new(IPAddress.Loopback, nodePort);

    /// <summary>Sends <paramref name="text"/> until a reply arrives (UDP may drop), up to <paramref name="attempts"/> times.</summary>
    public async Task<string?> AskAsync(string text, int attempts = 5, TimeSpan? wait = null)
    {
        var cancellation = TestContext.Current.CancellationToken;
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            await _socket.SendAsync(Encoding.ASCII.GetBytes(text), _node, cancellation);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            timeout.CancelAfter(wait ?? TimeSpan.FromSeconds(2));
            try
            {
                var reply = await _socket.ReceiveAsync(timeout.Token);
                Assert.Equal(_node, reply.RemoteEndPoint);
                return Encoding.ASCII.GetString(reply.Buffer);
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                // No reply this time: ask again.
            }
            catch (SocketException exception) when (exception.SocketErrorCode == SocketError.ConnectionReset)
            {
                // The port answered with ICMP unreachable: nothing listens there.
                return null;
            }
        }

        return null;
    }

    public void Dispose() => _socket.Dispose();
}
