using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GitOpsGateway.DataPlane.Tests.Support;

/// <summary>
/// A UDP server on loopback that answers every datagram with <c>NAME:</c> followed by the datagram, to the address
/// and port it came from, and counts the distinct source ports it heard from (one per node session).
/// </summary>
internal sealed class UdpEchoServer : IAsyncDisposable
{
    private readonly UdpClient _socket = new(new IPEndPoint(IPAddress.Loopback, 0));
    private readonly CancellationTokenSource _stop = new();
    private readonly HashSet<IPEndPoint> _sources = [];
    private readonly Lock _gate = new();
    private readonly Task _serving;

    public UdpEchoServer(string name)
    {
        Name = name;
        Port = ((IPEndPoint)_socket.Client.LocalEndPoint!).Port;
        _serving = ServeAsync();
    }

    public string Name { get; }

    public int Port { get; }

    public int DistinctSources
    {
        get
        {
            lock (_gate)
            {
                return _sources.Count;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Dispose();
        try
        {
            await _serving;
        }
        catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // Stopping.
        }

        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        var prefix = Encoding.ASCII.GetBytes(Name + ":");
        while (!_stop.IsCancellationRequested)
        {
            var received = await _socket.ReceiveAsync(_stop.Token);
            lock (_gate)
            {
                _sources.Add(received.RemoteEndPoint);
            }

            byte[] reply = [.. prefix, .. received.Buffer];
            await _socket.SendAsync(reply, received.RemoteEndPoint, _stop.Token);
        }
    }
}
