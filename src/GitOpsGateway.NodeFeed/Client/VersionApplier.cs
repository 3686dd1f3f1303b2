using System.Globalization;
using System.Text;
using GitOpsGateway.NodeFeed.Protocol;
using GitOpsGateway.NodeFeed.Storage;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.NodeFeed.Client;

/// <summary>
/// Turns feed events into applied versions: decode, verify, hand to the node, keep on disk, report. A message that
/// fails any step changes nothing the node serves; it is logged and reported. A version applied but not saved (a
/// full disk, a read-only folder) stays served; the failure is part of every report and status until a retry
/// (<see cref="RetryUnsavedAsync"/>) saves it. The feed loop and the retry loop take turns through one gate.
/// </summary>
internal sealed class VersionApplier(
    FeedSubscriberOptions options,
    Func<FeedVersion, CancellationToken, Task<ApplyOutcome>> apply,
    LastKnownGoodStore? store,
    NodeFeedClient client,
    TimeProvider time,
    ILogger logger)
{
    private readonly string gatewayKey = GatewayKey.Format(options.Gateway);
    private volatile AppliedVersion? applied;
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile ApplyAttempt attempt = new(null, []);
    private volatile string? saveError;
    private Unsaved? unsaved;
    private bool reportPending;

    public AppliedVersion? Applied => applied;

    /// <summary>The latest attempt; its errors include why the applied version is not saved, while it is not.</summary>
    public ApplyAttempt LastAttempt =>
        saveError is { } error ? attempt with { Errors = [.. attempt.Errors, error] } : attempt;

    public Task StartFromLastKnownGoodAsync(CancellationToken cancellationToken) => InGateAsync(StartAsync, cancellationToken);

    public Task HandleAsync(SseEvent message, CancellationToken cancellationToken) =>
        InGateAsync(token => HandleInGateAsync(message, token), cancellationToken);

    public Task ReportIfPendingAsync(CancellationToken cancellationToken) =>
        InGateAsync(token => reportPending ? ReportAsync(token) : Task.CompletedTask, cancellationToken);

    /// <summary>Saves the applied version as last-known-good when an earlier save failed; reports once it worked.</summary>
    public Task RetryUnsavedAsync(CancellationToken cancellationToken) => InGateAsync(
        async token =>
        {
            if (unsaved is { } pending && await TrySaveAsync(pending, token))
            {
                FeedSubscriberLog.SavedAfterFailure(logger, pending.Message.Version.Version);
                await ReportAsync(token);
            }
        },
        cancellationToken);

    private async Task InGateAsync(Func<CancellationToken, Task> action, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await action(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        if (store is null)
        {
            return;
        }

        StoredVersion? stored;
        try
        {
            stored = await store.TryLoadAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            FeedSubscriberLog.Refused(logger, null, gatewayKey, null, $"the last-known-good file cannot be read: {exception.Message}");
            return;
        }

        if (stored is not null)
        {
            FeedSubscriberLog.StartingFromLastKnownGood(logger, stored.Version.Version, gatewayKey);
            await ApplyAsync(stored.Version, toPersist: null, cancellationToken);
            reportPending = true;
        }
    }

    private async Task HandleInGateAsync(SseEvent message, CancellationToken cancellationToken)
    {
        DecodedFeedMessage received;
        try
        {
            received = FeedMessageCodec.Decode(Encoding.UTF8.GetBytes(message.Data));
        }
        catch (FeedMessageException exception)
        {
            var announced = long.TryParse(message.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (long?)null;
            Refuse(announced, [exception.Message]);
            await ReportAsync(cancellationToken);
            return;
        }

        var version = received.Version;
        var problems = FeedVersionVerifier.Check(received, options.Gateway);
        if (problems.Count > 0)
        {
            Refuse(version.Version, problems);
        }
        else if (applied?.Version is { } current && current.Version == version.Version && current.Hash == version.Hash)
        {
            attempt = new ApplyAttempt(version.Version, []);
            if (unsaved is { } pending)
            {
                await TrySaveAsync(pending, cancellationToken);
            }
        }
        else
        {
            await ApplyAsync(version, received, cancellationToken);
        }

        await ReportAsync(cancellationToken);
    }

    /// <param name="toPersist">The message to keep as last-known-good once applied; null when it came from there.</param>
    private async Task ApplyAsync(FeedVersion version, DecodedFeedMessage? toPersist, CancellationToken cancellationToken)
    {
        ApplyOutcome outcome;
        try
        {
            outcome = await apply(version, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            FeedSubscriberLog.ApplyThrew(logger, exception, version.Version);
            outcome = ApplyOutcome.Refused([$"The node failed while applying version {version.Version}: {exception.Message}"]);
        }

        if (!outcome.Applied)
        {
            Refuse(version.Version, outcome.Errors.Count > 0 ? outcome.Errors : ["The node refused the version without saying why."]);
            return;
        }

        var appliedAt = time.GetUtcNow();
        applied = new AppliedVersion(version, appliedAt);
        FeedSubscriberLog.Applied(logger, version.Version, version.Hash, gatewayKey);
        attempt = new ApplyAttempt(version.Version, outcome.Errors);

        // A version read from the last-known-good file is already saved; an older unsaved one is no longer wanted.
        unsaved = null;
        saveError = null;
        if (toPersist is not null && store is not null)
        {
            await TrySaveAsync(new Unsaved(toPersist, appliedAt), cancellationToken);
        }
    }

    /// <returns>True when saved; otherwise the version is kept for the next retry and the failure is reported.</returns>
    private async Task<bool> TrySaveAsync(Unsaved pending, CancellationToken cancellationToken)
    {
        try
        {
            await store!.SaveAsync(pending.Message, pending.AppliedAt, cancellationToken);
            unsaved = null;
            saveError = null;
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var error = $"Applied, but not saved as last-known-good: {exception.Message}";
            if (!string.Equals(error, saveError, StringComparison.Ordinal))
            {
                // Logged when the reason changes, not at every retry.
                FeedSubscriberLog.SaveFailed(logger, pending.Message.Version.Version, exception.Message);
            }

            unsaved = pending;
            saveError = error;
            return false;
        }
    }

    private void Refuse(long? version, IReadOnlyList<string> errors)
    {
        FeedSubscriberLog.Refused(logger, version, gatewayKey, applied?.Version.Version, string.Join(" ", errors));
        attempt = new ApplyAttempt(version, errors);
    }

    private async Task ReportAsync(CancellationToken cancellationToken)
    {
        var serving = applied;
        var latest = LastAttempt;
        var report = new NodeReport
        {
            Node = options.NodeId,
            Gateway = gatewayKey,
            Version = serving?.Version.Version,
            Hash = serving?.Version.Hash,
            AppliedAt = serving?.AppliedAt,
            AttemptedVersion = latest.Version,
            Errors = ReportErrors.Cap(latest.Errors),
        };
        try
        {
            await client.PostReportAsync(report, cancellationToken);
            reportPending = false;
        }
        catch (Exception exception) when (exception is HttpRequestException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            reportPending = true;
            FeedSubscriberLog.ReportFailed(logger, exception.Message);
        }
    }
}
