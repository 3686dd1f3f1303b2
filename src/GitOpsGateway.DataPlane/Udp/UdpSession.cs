using System.Buffers;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.DataPlane.Udp;

/// <summary>
/// One client address and port talking to one backend endpoint: a socket connected to the backend (so only that
/// endpoint's replies arrive on it) and a loop relaying each reply to the client from the listener's socket, so the
/// client sees replies come from the address it sent to. Ends when disposed (idle, route gone, listener closed) or
/// when the backend's socket fails, e.g. on an ICMP port unreachable.
/// </summary>
internal sealed partial class UdpSession : IAsyncDisposable
{
    private const int MaxDatagram = 65_535;

    private readonly Socket _listener;
    private readonly Socket _upstream;
    private readonly CancellationTokenSource _stop = new();
    private readonly ILogger _logger;
    private Task _relaying = Task.CompletedTask;
    private long _lastActivity = Environment.TickCount64;
    private int _disposed;

    private UdpSession(Socket listener, Socket upstream, EndPoint client, UdpTarget target, ILogger logger)
    {
        _listener = listener;
        _upstream = upstream;
        Client = client;
        Target = target;
        _logger = logger;
    }

    public EndPoint Client { get; }

    public UdpTarget Target { get; }

    public bool IsClosed => Volatile.Read(ref _disposed) == 1;

    /// <summary>Milliseconds since the last datagram in either direction.</summary>
    public long IdleMilliseconds => Environment.TickCount64 - Interlocked.Read(ref _lastActivity);

    /// <summary>Connects a socket to the target (resolving a DNS name if the endpoint is one) and starts relaying replies.</summary>
    public static async Task<UdpSession> OpenAsync(Socket listener, EndPoint client, UdpTarget target, ILogger logger, CancellationToken cancellationToken)
    {
        var upstream = new Socket(SocketType.Dgram, ProtocolType.Udp);
        try
        {
            await upstream.ConnectAsync(target.Endpoint.Address, target.Endpoint.Port, cancellationToken);
        }
        catch
        {
            upstream.Dispose();
            throw;
        }

        var session = new UdpSession(listener, upstream, client, target, logger);
        session._relaying = Task.Run(session.RelayRepliesAsync, CancellationToken.None);
        return session;
    }

    /// <summary>Sends one client datagram to the backend; false when the session has ended and a new one is needed.</summary>
    public async ValueTask<bool> SendAsync(ReadOnlyMemory<byte> datagram, CancellationToken cancellationToken)
    {
        if (IsClosed)
        {
            return false;
        }

        Interlocked.Exchange(ref _lastActivity, Environment.TickCount64);
        try
        {
            await _upstream.SendAsync(datagram, SocketFlags.None, cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
        {
            LogEnded(_logger, Client, Target.Endpoint.ToString(), exception.Message);
            await DisposeAsync();
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stop.CancelAsync();
        _upstream.Dispose();
        try
        {
            await _relaying;
        }
        catch (OperationCanceledException)
        {
            // Stopping is how the relay ends.
        }

        _stop.Dispose();
    }

    private async Task RelayRepliesAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                // An idle session holds no buffer: a zero-byte peek waits for the next reply, which is then read into
                // a pooled buffer only for as long as relaying it takes.
                await WaitForReplyAsync();
                var buffer = ArrayPool<byte>.Shared.Rent(MaxDatagram);
                try
                {
                    var length = await _upstream.ReceiveAsync(buffer, SocketFlags.None, _stop.Token);
                    Interlocked.Exchange(ref _lastActivity, Environment.TickCount64);
                    await _listener.SendToAsync(buffer.AsMemory(0, length), SocketFlags.None, Client, _stop.Token);
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }
            }
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException or OperationCanceledException)
        {
            if (!_stop.IsCancellationRequested)
            {
                // The backend refused (ICMP) or the listener closed: the session is over; the client's next datagram opens a new one.
                LogEnded(_logger, Client, Target.Endpoint.ToString(), exception.Message);
                Volatile.Write(ref _disposed, 1);
                _upstream.Dispose();
            }
        }
    }

    private async Task WaitForReplyAsync()
    {
        try
        {
            await _upstream.ReceiveAsync(Memory<byte>.Empty, SocketFlags.Peek, _stop.Token);
        }
        catch (SocketException exception) when (exception.SocketErrorCode == SocketError.MessageSize)
        {
            // Windows reports a datagram larger than the (empty) peek buffer this way: it is there to be read.
        }
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Debug, Message = "UDP session of {Client} to {Backend} ended: {Reason}")]
    private static partial void LogEnded(ILogger logger, EndPoint client, string backend, string reason);
}
