using GitOpsGateway.DataPlane.Configuration;
using GitOpsGateway.DataPlane.Pipeline;
using GitOpsGateway.DataPlane.Snapshots;
using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Filters;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy.Model;

namespace GitOpsGateway.DataPlane.Filters;

/// <summary>
/// Sends fire-and-forget copies of requests to mirror clusters. The copy is built before the main request is
/// forwarded and sent on the thread pool, so it never delays the main request; its response and its failures are
/// ignored. At most <see cref="DataPlaneOptions.MirrorConcurrency"/> copies are in flight: more are dropped, not
/// queued. A copy holds a lease on its table, so its cluster stays in YARP until it is done.
/// </summary>
internal sealed partial class MirrorSender(DataPlaneOptions options, ILogger<MirrorSender> logger) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.MirrorConcurrency, options.MirrorConcurrency);
    private long _sent;
    private long _dropped;
    private long _failed;

    public long Sent => Interlocked.Read(ref _sent);

    public long Dropped => Interlocked.Read(ref _dropped);

    public long Failed => Interlocked.Read(ref _failed);

    public void Send(HttpContext context, TableSnapshot snapshot, EquatableArray<RequestMirrorFilter> mirrors, ReplayableBody? body)
    {
        foreach (var mirror in mirrors)
        {
            if (mirror.Fraction is { } fraction && Random.Shared.Next(fraction.Denominator) >= fraction.Numerator)
            {
                continue;
            }

            if (body is null
                || !snapshot.Clusters.TryGetValue(mirror.ClusterId, out var cluster)
                || PickDestination(cluster) is not { } destination
                || !_slots.Wait(0))
            {
                Interlocked.Increment(ref _dropped);
                continue;
            }

            HttpRequestMessage message;
            try
            {
                message = MirrorRequest.Build(context, cluster, destination, body);
            }
            catch (UriFormatException)
            {
                _slots.Release();
                Interlocked.Increment(ref _dropped);
                continue;
            }

            snapshot.AddLease();
            _ = Task.Run(() => SendAsync(message, cluster, snapshot, mirror.ClusterId));
        }
    }

    public void Dispose() => _slots.Dispose();

    private static DestinationState? PickDestination(ClusterState cluster)
    {
        var destinations = cluster.DestinationsState.AvailableDestinations;
        return destinations.Count switch
        {
            0 => null,
            1 => destinations[0],
            _ => destinations[Random.Shared.Next(destinations.Count)],
        };
    }

    private async Task SendAsync(HttpRequestMessage message, ClusterState cluster, TableSnapshot snapshot, string clusterId)
    {
        try
        {
            using var timeout = new CancellationTokenSource(options.MirrorTimeout);
            using var response = await cluster.Model.HttpClient.SendAsync(message, timeout.Token);
            Interlocked.Increment(ref _sent);
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or ObjectDisposedException)
        {
            Interlocked.Increment(ref _failed);
            LogMirrorFailed(logger, clusterId, exception.Message);
        }
        finally
        {
            message.Dispose();
            snapshot.ReleaseLease();
            _slots.Release();
        }
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "Mirror to cluster {ClusterId} failed: {Reason}")]
    private static partial void LogMirrorFailed(ILogger logger, string clusterId, string reason);
}
