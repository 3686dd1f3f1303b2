using System.IO.Pipelines;
using System.Net.Sockets;
using GitOpsGateway.DataPlane.Snapshots;
using GitOpsGateway.RouteTables.Backends;
using GitOpsGateway.Routing;
using GitOpsGateway.Routing.Decisions;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Core.Features;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.DataPlane.L4;

/// <summary>
/// TLS passthrough (routed by the ClientHello's SNI, which is read without being consumed), terminated TLS (routed
/// by the SNI of the handshake the node answered) and TCP (routed by port): one connection to one endpoint of the backend chosen by weight, bytes copied both ways until either
/// side closes. A connection holds a lease on its table for its whole life, as a request does. A connection no
/// route takes, or whose pick is an invalid backend, is closed.
/// </summary>
internal sealed partial class L4Proxy(SnapshotHolder snapshots, ILogger<L4Proxy> logger)
{
    /// <summary>For the ClientHello to arrive and the backend to accept.</summary>
    private static readonly TimeSpan OpeningTimeout = TimeSpan.FromSeconds(10);

    public async Task HandleAsync(ConnectionContext connection, int listenerPort, L4Mode mode)
    {
        var snapshot = snapshots.Acquire();
        if (snapshot is null)
        {
            return;
        }

        try
        {
            // Not ConnectionClosed: Kestrel signals it when the client half-closes, which TCP allows mid-exchange.
            using var opening = new CancellationTokenSource(OpeningTimeout);
            var request = new RouteRequest
            {
                Port = listenerPort,
                Scheme = mode == L4Mode.Tcp ? RequestScheme.Tcp : RequestScheme.Tls,
                ServerName = mode switch
                {
                    L4Mode.TlsPassthrough => await ClientHelloReader.PeekServerNameAsync(connection.Transport.Input, opening.Token),
                    L4Mode.TlsTerminated => connection.Features.Get<ISslStreamFeature>()?.SslStream.TargetHostName,
                    _ => null,
                },
            };
            if (Target(snapshot, in request) is not { } endpoint)
            {
                LogRefused(logger, listenerPort, request.ServerName);
                return;
            }

            using var upstream = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            await upstream.ConnectAsync(endpoint.Address, endpoint.Port, opening.Token);
            await using var stream = new NetworkStream(upstream, ownsSocket: false);
            await PumpAsync(connection.Transport, stream, upstream);
        }
        catch (Exception exception) when (exception is SocketException or IOException or OperationCanceledException or ConnectionResetException)
        {
            LogEnded(logger, listenerPort, exception.Message);
        }
        finally
        {
            snapshot.ReleaseLease();
        }
    }

    private static RouteTables.Clusters.ClusterEndpoint? Target(TableSnapshot snapshot, in RouteRequest request)
    {
        if (snapshot.Router.Route(in request) is not L4Forward forward)
        {
            return null;
        }

        var index = WeightedChoice.Pick(forward.Backends, Random.Shared.NextDouble());
        if (index < 0
            || forward.Backends[index] is not ClusterBackend chosen
            || !snapshot.L4Clusters.TryGetValue(chosen.ClusterId, out var cluster)
            || cluster.Endpoints.IsEmpty)
        {
            return null;
        }

        return cluster.Endpoints[Random.Shared.Next(cluster.Endpoints.Count)];
    }

    /// <summary>
    /// Client to backend, then a half-close towards the backend when the client stops sending; backend to client
    /// until the backend closes, which ends the connection. A client that resets stops both directions.
    /// </summary>
    private static async Task PumpAsync(IDuplexPipe client, NetworkStream backend, Socket upstream)
    {
        using var stop = new CancellationTokenSource();
        var toBackend = Task.Run(async () =>
        {
            try
            {
                await client.Input.CopyToAsync(backend, stop.Token);
                upstream.Shutdown(SocketShutdown.Send);
            }
            catch
            {
                await stop.CancelAsync();
                throw;
            }
        }, CancellationToken.None);

        try
        {
            await backend.CopyToAsync(client.Output, stop.Token);
            await client.Output.CompleteAsync();
        }
        finally
        {
            await stop.CancelAsync();
            try
            {
                await toBackend;
            }
            catch (Exception exception) when (exception is SocketException or IOException or OperationCanceledException or ObjectDisposedException or ConnectionResetException)
            {
                // One side is gone: whatever the other still sends has nowhere to go.
            }
        }
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Debug, Message = "Connection on port {Port} (SNI {ServerName}) matches no L4 route")]
    private static partial void LogRefused(ILogger logger, int port, string? serverName);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Debug, Message = "Connection on port {Port} ended: {Reason}")]
    private static partial void LogEnded(ILogger logger, int port, string reason);
}
