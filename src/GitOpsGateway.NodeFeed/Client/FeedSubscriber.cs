using GitOpsGateway.NodeFeed.Protocol;
using GitOpsGateway.NodeFeed.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GitOpsGateway.NodeFeed.Client;

/// <summary>
/// A node's subscription to its Gateway's versions. It first applies the last-known-good version from disk (if
/// any), then holds the feed open for good: each version is verified, handed to the apply callback, saved and
/// reported; a lost or refused connection is retried with capped, jittered backoff, forever. Run it as a hosted
/// service, or call <see cref="RunAsync"/>, which returns only when cancelled.
/// </summary>
public sealed class FeedSubscriber : BackgroundService
{
    private readonly FeedSubscriberOptions options;
    private readonly NodeFeedClient client;
    private readonly VersionApplier applier;
    private readonly ReconnectBackoff backoff;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly string gatewayKey;
    private volatile bool connected;
    private volatile string? lastConnectionError;
    private int consecutiveFailures;

    /// <param name="httpClient">Used for the long feed request too: leave its <see cref="HttpClient.Timeout"/> to the
    /// headers (the feed body is read without it) and configure TLS on its handler.</param>
    /// <param name="apply">Applies a verified version; called from one loop, never concurrently.</param>
    public FeedSubscriber(
        HttpClient httpClient,
        FeedSubscriberOptions options,
        Func<FeedVersion, CancellationToken, Task<ApplyOutcome>> apply,
        ILoggerFactory? loggerFactory = null,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(apply);
        if (!options.ControlPlane.IsAbsoluteUri)
        {
            throw new ArgumentException($"The control plane address '{options.ControlPlane}' must be absolute.", nameof(options));
        }

        if (!GatewayKey.TryParse(GatewayKey.Format(options.Gateway), out _))
        {
            throw new ArgumentException($"'{options.Gateway}' is not a Gateway namespace/name.", nameof(options));
        }

        if (!NodeName.IsValid(options.NodeId))
        {
            throw new ArgumentException($"'{options.NodeId}' is not a node id (letters, digits, '.', '-', '_').", nameof(options));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(options.NodeToken, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.IdleTimeout, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.SaveRetryInterval, TimeSpan.Zero, nameof(options));
        loggerFactory ??= NullLoggerFactory.Instance;
        this.options = options;
        time = timeProvider ?? TimeProvider.System;
        logger = loggerFactory.CreateLogger<FeedSubscriber>();
        gatewayKey = GatewayKey.Format(options.Gateway);
        client = new NodeFeedClient(httpClient, options);
        backoff = new ReconnectBackoff(options.InitialReconnectDelay, options.MaxReconnectDelay);
        var store = options.StateDirectory is { } directory
            ? new LastKnownGoodStore(directory, options.Gateway, loggerFactory.CreateLogger<LastKnownGoodStore>())
            : null;
        applier = new VersionApplier(options, apply, store, client, time, logger);
    }

    public FeedSubscriberStatus Status
    {
        get
        {
            var applied = applier.Applied;
            var attempt = applier.LastAttempt;
            return new FeedSubscriberStatus
            {
                AppliedVersion = applied?.Version.Version,
                AppliedHash = applied?.Version.Hash,
                AppliedAt = applied?.AppliedAt,
                Connected = connected,
                ConsecutiveFailures = Volatile.Read(ref consecutiveFailures),
                LastConnectionError = lastConnectionError,
                AttemptedVersion = attempt.Version,
                AttemptErrors = attempt.Errors,
            };
        }
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await applier.StartFromLastKnownGoodAsync(cancellationToken);
        var retrying = RetryUnsavedAsync(cancellationToken);
        await FollowFeedAsync(cancellationToken);
        await retrying;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => RunAsync(stoppingToken);

    /// <summary>Space may come back on its own, with no new version to trigger a save: try again on a timer.</summary>
    private async Task RetryUnsavedAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(options.SaveRetryInterval, time, cancellationToken);
                await applier.RetryUnsavedAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The node is stopping.
        }
    }

    private async Task FollowFeedAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            string reason;
            try
            {
                await ReadFeedAsync(cancellationToken);
                reason = "The control plane ended the stream.";
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // Whatever broke this connection, the node keeps its table and tries again.
                reason = exception.Message;
            }
            finally
            {
                connected = false;
            }

            lastConnectionError = reason;
            var failures = Interlocked.Increment(ref consecutiveFailures);
            var delay = backoff.DelayFor(failures);
            FeedSubscriberLog.ConnectionFailed(logger, gatewayKey, failures, delay, reason);
            try
            {
                await Task.Delay(delay, time, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task ReadFeedAsync(CancellationToken cancellationToken)
    {
        using var response = await client.OpenFeedAsync(applier.Applied?.Version.Version, cancellationToken);
        connected = true;
        Volatile.Write(ref consecutiveFailures, 0);
        lastConnectionError = null;
        FeedSubscriberLog.Connected(logger, gatewayKey, options.ControlPlane);
        await applier.ReportIfPendingAsync(cancellationToken);
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var reader = new SseEventReader(stream);
        while (await reader.ReadEventAsync(options.IdleTimeout, cancellationToken) is { } message)
        {
            if (message.Type == SseFrames.VersionEvent)
            {
                await applier.HandleAsync(message, cancellationToken);
            }
            else
            {
                FeedSubscriberLog.UnknownEvent(logger, message.Type);
            }
        }
    }
}
