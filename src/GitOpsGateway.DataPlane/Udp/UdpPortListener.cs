using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using GitOpsGateway.DataPlane.Snapshots;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.DataPlane.Udp;

/// <summary>
/// One UDP socket for one UDP listener port. The first datagram of a client address and port opens a
/// <see cref="UdpSession"/> to a backend chosen by the current table; later datagrams follow it until it has been
/// idle for the idle timeout. A table swap closes only the sessions whose route no longer leads to their target
/// (<see cref="Recheck"/>).
/// </summary>
internal sealed partial class UdpPortListener : IAsyncDisposable
{
    private const int MaxDatagram = 65_535;

    private readonly Socket _socket;
    private readonly SnapshotHolder _snapshots;
    private readonly UdpSessionLimits _limits;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<EndPoint, UdpSession> _sessions = new();

    // Orders session creation against swaps: a session is either checked by the swap's recheck or created on its table.
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _receiving = Task.CompletedTask;
    private Task _sweeping = Task.CompletedTask;

    private UdpPortListener(UdpListenerSpec spec, Socket socket, SnapshotHolder snapshots, UdpSessionLimits limits, ILogger logger)
    {
        Spec = spec;
        _socket = socket;
        _snapshots = snapshots;
        _limits = limits;
        _logger = logger;
    }

    public UdpListenerSpec Spec { get; }

    public int SessionCount => _sessions.Count;

    /// <exception cref="SocketException">The port cannot be bound.</exception>
    public static UdpPortListener Start(UdpListenerSpec spec, IPAddress bindAddress, SnapshotHolder snapshots, UdpSessionLimits limits, ILogger logger)
    {
        var socket = new Socket(bindAddress.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        try
        {
            socket.Bind(new IPEndPoint(bindAddress, spec.LocalPort));
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        var listener = new UdpPortListener(spec, socket, snapshots, limits, logger);
        listener._receiving = Task.Run(listener.ReceiveAsync, CancellationToken.None);
        listener._sweeping = Task.Run(listener.SweepIdleAsync, CancellationToken.None);
        return listener;
    }

    /// <summary>Closes the sessions that <paramref name="snapshot"/>, now current, no longer routes to their target.</summary>
    public void Recheck(TableSnapshot snapshot)
    {
        List<UdpSession> ending = [];
        lock (_gate)
        {
            foreach (var (client, session) in _sessions)
            {
                if (!UdpRouteChoice.StillServes(snapshot, Spec.ListenerPort, session.Target) && _sessions.TryRemove(client, out _))
                {
                    ending.Add(session);
                }
            }
        }

        foreach (var session in ending)
        {
            _ = session.DisposeAsync().AsTask();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Dispose();
        await Task.WhenAll(_receiving, _sweeping);
        foreach (var session in _sessions.Values)
        {
            await session.DisposeAsync();
        }

        _sessions.Clear();
        _stop.Dispose();
    }

    private async Task ReceiveAsync()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(MaxDatagram);
        var anyClient = new IPEndPoint(_socket.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0);
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                SocketReceiveFromResult received;
                try
                {
                    received = await _socket.ReceiveFromAsync(buffer, SocketFlags.None, anyClient, _stop.Token);
                }
                catch (SocketException exception) when (exception.SocketErrorCode == SocketError.ConnectionReset)
                {
                    // An ICMP error about an earlier reply to some client: nothing to do with the next datagram.
                    continue;
                }

                await ForwardAsync(received.RemoteEndPoint, buffer.AsMemory(0, received.ReceivedBytes));
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException
            || (exception is SocketException && _stop.IsCancellationRequested))
        {
            // The listener is closing.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async Task ForwardAsync(EndPoint client, ReadOnlyMemory<byte> datagram)
    {
        // A session that ended by itself (backend gone) is replaced; two tries cover a swap racing the first.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var session = _sessions.TryGetValue(client, out var existing) && !existing.IsClosed
                ? existing
                : await OpenSessionAsync(client);
            if (session is null)
            {
                return;
            }

            if (await session.SendAsync(datagram, _stop.Token))
            {
                return;
            }

            _sessions.TryRemove(new KeyValuePair<EndPoint, UdpSession>(client, session));
        }
    }

    private async Task<UdpSession?> OpenSessionAsync(EndPoint client)
    {
        if (_sessions.Count >= _limits.MaxSessions)
        {
            LogFull(_logger, Spec.ListenerPort, client, _limits.MaxSessions);
            return null;
        }

        var snapshot = _snapshots.Current;
        if (snapshot is null || UdpRouteChoice.Choose(snapshot, Spec.ListenerPort) is not { } target)
        {
            LogRefused(_logger, Spec.ListenerPort, client);
            return null;
        }

        UdpSession session;
        try
        {
            session = await UdpSession.OpenAsync(_socket, client, target, _logger, _stop.Token);
        }
        catch (SocketException exception)
        {
            LogUnreachable(_logger, Spec.ListenerPort, target.Endpoint.ToString(), exception.Message);
            return null;
        }

        lock (_gate)
        {
            // A swap since the choice has already rechecked the sessions it found: check this one against its table.
            var current = _snapshots.Current;
            if (ReferenceEquals(current, snapshot) || (current is not null && UdpRouteChoice.StillServes(current, Spec.ListenerPort, target)))
            {
                if (_sessions.TryGetValue(client, out var stale))
                {
                    _ = stale.DisposeAsync().AsTask();
                }

                _sessions[client] = session;
                return session;
            }
        }

        await session.DisposeAsync();
        return null;
    }

    private async Task SweepIdleAsync()
    {
        var period = TimeSpan.FromTicks(Math.Clamp(_limits.IdleTimeout.Ticks / 4, TimeSpan.FromMilliseconds(50).Ticks, TimeSpan.FromSeconds(5).Ticks));
        using var timer = new PeriodicTimer(period);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                foreach (var (client, session) in _sessions)
                {
                    if ((session.IsClosed || session.IdleMilliseconds >= _limits.IdleTimeout.TotalMilliseconds)
                        && _sessions.TryRemove(new KeyValuePair<EndPoint, UdpSession>(client, session)))
                    {
                        await session.DisposeAsync();
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The listener is closing.
        }
    }

    [LoggerMessage(EventId = 4102, Level = LogLevel.Debug, Message = "Datagram from {Client} on UDP port {Port} matches no UDP route with a valid backend")]
    private static partial void LogRefused(ILogger logger, int port, EndPoint client);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Warning, Message = "UDP port {Port} already has {MaxSessions} sessions: datagram from new client {Client} dropped")]
    private static partial void LogFull(ILogger logger, int port, EndPoint client, int maxSessions);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Debug, Message = "UDP port {Port}: backend {Backend} unreachable: {Reason}")]
    private static partial void LogUnreachable(ILogger logger, int port, string backend, string reason);
}
