using System.Net;
using System.Net.Sockets;

namespace GitOpsGateway.EndToEnd.Tests.Routing;

/// <summary>
/// A TCP server on 127.0.0.1 that reads each request head and never answers, holding the connection until disposed:
/// the slowest backend there is. Counts the request heads it has read, and those whose client is still waiting.
/// </summary>
internal sealed class SilentBackend : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly List<Socket> held = [];
    private readonly Task accepting;
    private int requestCount;
    private int waitingCount;

    public SilentBackend()
    {
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        accepting = AcceptAsync();
    }

    public int Port { get; }

    public int RequestCount => Volatile.Read(ref requestCount);

    /// <summary>Requests read whose connection the client has not closed: it still waits for an answer.</summary>
    public int WaitingCount => Volatile.Read(ref waitingCount);

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

            _ = HoldAsync(socket);
        }
    }

    /// <summary>Reads until the request head is complete, then until the client closes, answering nothing.</summary>
    private async Task HoldAsync(Socket socket)
    {
        var buffer = new byte[16 * 1024];
        var seen = new List<byte>();
        var headRead = false;
        try
        {
            while (await socket.ReceiveAsync(buffer.AsMemory(), stopping.Token) is var read and > 0)
            {
                if (headRead)
                {
                    continue;
                }

                seen.AddRange(buffer.AsSpan(0, read));
                if (System.Text.Encoding.ASCII.GetString([.. seen]).Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    headRead = true;
                    Interlocked.Increment(ref requestCount);
                    Interlocked.Increment(ref waitingCount);
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
        finally
        {
            if (headRead)
            {
                Interlocked.Decrement(ref waitingCount);
            }
        }
    }
}
