using System.Globalization;
using GitOpsGateway.NodeFeed.Protocol;
using GitOpsGateway.RouteTables;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GitOpsGateway.NodeFeed.Server;

/// <summary>
/// <c>GET {prefix}/feed?gateway=NS/NAME&amp;node=ID</c>: one long Server-Sent Events response per node. It is
/// level-triggered: on connect, and after every change signal, the node gets the current version whenever it
/// differs from the last one sent on this connection. Nothing is replayed; a missed version is simply superseded.
/// </summary>
internal sealed class FeedStreamEndpoint(
    IVersionFeedSource source,
    INodeRegistry registry,
    FeedConnections connections,
    FeedFrameCache frames,
    NodeTokenAuthenticator authenticator,
    IOptions<NodeFeedOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<FeedStreamEndpoint> logger)
{
    private readonly TimeSpan heartbeatInterval = options.Value.HeartbeatInterval;

    public async Task HandleAsync(HttpContext context)
    {
        if (authenticator.AuthenticateNode(context.Request.Headers.Authorization) is not { } identity)
        {
            await NodeFeedResponses.UnauthorizedAsync(context, logger);
            return;
        }

        var query = context.Request.Query;
        if (!GatewayKey.TryParse(query["gateway"], out var gateway) || query["node"].ToString() is not { } node || !NodeName.IsValid(node))
        {
            await NodeFeedResponses.BadRequestAsync(context, "Query parameters 'gateway' (namespace/name) and 'node' (letters, digits, '.', '-', '_') are required.");
            return;
        }

        if (!identity.Serves(GatewayKey.Format(gateway)))
        {
            await NodeFeedResponses.ForbiddenAsync(context, logger, identity, GatewayKey.Format(gateway), node);
            return;
        }

        // Ending the stream on shutdown lets nodes reconnect to another replica at once instead of at the host's timeout.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
        var gatewayKey = GatewayKey.Format(gateway);
        var lastEventId = context.Request.Headers["Last-Event-ID"].ToString();
        using var connection = connections.Open(gatewayKey, node);
        FeedServerLog.NodeConnected(logger, node, gatewayKey, lastEventId);
        try
        {
            await StartStreamAsync(context.Response, stopping.Token);
            await StreamAsync(context.Response.Body, identity, gateway, node, lastEventId, stopping.Token);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The node went away or the host is stopping.
        }
        catch (IOException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The node went away in the middle of a write.
        }
        catch (Exception exception)
        {
            // The node reconnects; whatever broke this one stream must not escape into the host.
            FeedServerLog.FeedFailed(logger, exception, gatewayKey, node);
            context.Abort();
        }
        finally
        {
            FeedServerLog.NodeDisconnected(logger, node, gatewayKey);
        }
    }

    private static async Task StartStreamAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = SseFrames.ContentType;
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        response.HttpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await response.Body.WriteAsync(SseFrames.Connected, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }

    private async Task StreamAsync(Stream body, NodeIdentity identity, NamespacedName gateway, string node, string lastEventId, CancellationToken cancellationToken)
    {
        var gatewayKey = GatewayKey.Format(gateway);
        (long Version, string Hash)? sent = null;
        var first = true;
        while (!cancellationToken.IsCancellationRequested)
        {
            // A token revoked by a re-read token file ends the streams it opened, at the latest one heartbeat later.
            if (!authenticator.StillServes(identity, gatewayKey))
            {
                NodeTokenLog.StreamEndedTokenRevoked(logger, identity.Name, node, gatewayKey);
                return;
            }

            var changed = source.GetChangeToken(gateway);
            var current = await source.GetCurrentAsync(gateway, cancellationToken);
            if (current is not null && sent != (current.Version, current.Hash))
            {
                if (first && await NodeAlreadyRunsAsync(current, gatewayKey, node, lastEventId, cancellationToken))
                {
                    FeedServerLog.ResendSkipped(logger, node, gatewayKey, current.Version);
                }
                else
                {
                    await body.WriteAsync(frames.FrameOf(current), cancellationToken);
                    await body.FlushAsync(cancellationToken);
                    FeedServerLog.VersionSent(logger, current.Version, current.Hash, node, gatewayKey);
                }

                sent = (current.Version, current.Hash);
            }

            first = false;
            if (!await ChangeTokenWaiter.WaitAsync(changed, heartbeatInterval, time, cancellationToken))
            {
                await body.WriteAsync(SseFrames.Heartbeat, cancellationToken);
                await body.FlushAsync(cancellationToken);
            }
        }
    }

    // Last-Event-ID is only a hint: the version is skipped when the node's own latest report confirms it runs exactly
    // that version and hash. A fresh database numbering versions from 1 again can therefore never fool a node.
    private async ValueTask<bool> NodeAlreadyRunsAsync(FeedVersion current, string gatewayKey, string node, string lastEventId, CancellationToken cancellationToken)
    {
        if (!long.TryParse(lastEventId, NumberStyles.None, CultureInfo.InvariantCulture, out var claimed) || claimed != current.Version)
        {
            return false;
        }

        NodeReport? report;
        try
        {
            report = await registry.FindAsync(gatewayKey, node, cancellationToken);
        }
        catch (NodeRegistryUnavailableException exception)
        {
            // Sending a version the node already runs costs one idempotent apply; refusing it would cut the feed.
            FeedServerLog.ReportUnreadable(logger, node, gatewayKey, exception.Message);
            return false;
        }

        return report is not null && report.Version == current.Version && string.Equals(report.Hash, current.Hash, StringComparison.Ordinal);
    }
}
