using System.Globalization;
using System.Text;
using GitOpsGateway.NodeFeed.Protocol;
using GitOpsGateway.NodeFeed.Storage;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.NodeFeed.Client;

/// <summary>
/// Turns feed events into applied versions: decode, verify, hand to the node, keep on disk, report. A message that
/// fails any step changes nothing the node serves; it is logged and reported. Used by one loop at a time.
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
    private volatile ApplyAttempt attempt = new(null, []);
    private bool reportPending;

    public AppliedVersion? Applied => applied;

    public ApplyAttempt LastAttempt => attempt;

    public async Task StartFromLastKnownGoodAsync(CancellationToken cancellationToken)
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

    public async Task HandleAsync(SseEvent message, CancellationToken cancellationToken)
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
        }
        else
        {
            await ApplyAsync(version, received, cancellationToken);
        }

        await ReportAsync(cancellationToken);
    }

    public Task ReportIfPendingAsync(CancellationToken cancellationToken) =>
        reportPending ? ReportAsync(cancellationToken) : Task.CompletedTask;

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
        List<string> errors = [.. outcome.Errors];
        if (toPersist is not null && store is not null)
        {
            try
            {
                await store.SaveAsync(toPersist, appliedAt, cancellationToken);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                FeedSubscriberLog.SaveFailed(logger, version.Version, exception.Message);
                errors.Add($"Applied, but not saved as last-known-good: {exception.Message}");
            }
        }

        attempt = new ApplyAttempt(version.Version, errors);
    }

    private void Refuse(long? version, IReadOnlyList<string> errors)
    {
        FeedSubscriberLog.Refused(logger, version, gatewayKey, applied?.Version.Version, string.Join(" ", errors));
        attempt = new ApplyAttempt(version, errors);
    }

    private async Task ReportAsync(CancellationToken cancellationToken)
    {
        var serving = applied;
        var latest = attempt;
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
