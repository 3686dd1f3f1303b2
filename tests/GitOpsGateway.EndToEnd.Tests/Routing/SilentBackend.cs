using System.Net;
using System.Net.Sockets;

namespace GitOpsGateway.EndToEnd.Tests.Routing;

/// <summary>
/// A TCP server on 127.0.0.1 that reads each request head and never answers, holding the connection until disposed:
/// the slowest backend there is. Counts the request heads it has read.
/// </summary>
internal sealed class SilentBackend : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly List<Socket> held = [];
    private readonly Task accepting;
    private int requestCount;

    public SilentBackend()
    {
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        accepting = AcceptAsync();
    }

    public int Port { get; }

    public int RequestCount => Volatile.Read(ref requestCount);

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        try
        {
            await accepting;
        }
        catch (OperationCanceledException)
        {
        }

        lock (held)
        {
            foreach (var socket in held)
            {
                socket.Dispose();
            }
        }

        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            var socket = await listener.AcceptSocketAsync(stopping.Token);
            lock (held)
            {
                held.Add(socket);
            }

            _ = ReadHeadAsync(socket);
        }
    }

    private async Task ReadHeadAsync(Socket socket)
    {
        var buffer = new byte[16 * 1024];
        var seen = new List<byte>();
        try
        {
            while (true)
            {
                var read = await socket.ReceiveAsync(buffer.AsMemory(), stopping.Token);
                if (read == 0)
                {
                    return;
                }

                seen.AddRange(buffer.AsSpan(0, read));
                if (System.Text.Encoding.ASCII.GetString([.. seen]).Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref requestCount);
                    return;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
    }
}
