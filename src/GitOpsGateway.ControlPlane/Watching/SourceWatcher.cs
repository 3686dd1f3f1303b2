using GitOpsGateway.ControlPlane.Commands;
using GitOpsGateway.ControlPlane.Configuration;
using GitOpsGateway.ControlPlane.Leadership;
using GitOpsGateway.ControlPlane.Logging;
using GitOpsGateway.ControlPlane.Resilience;
using GitOpsGateway.Events.Resilience;
using GitOpsGateway.Sources.Git;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Wolverine;

namespace GitOpsGateway.ControlPlane.Watching;

/// <summary>
/// One source's poll loop: while this replica leads the source, it invokes <see cref="SyncSource"/> every poll
/// interval, at once when woken (leadership gained, a webhook on another replica), and after a failure on the
/// source's <see cref="RetryBackoff"/> schedule. It never stops for a failure, only with the host; an unreachable
/// remote or database is reported to <see cref="DependencyOutages"/> for readiness until a sync succeeds.
/// </summary>
internal sealed class SourceWatcher(
    WatchedSource source,
    ControlPlaneSettings settings,
    SourceLeadership leadership,
    SourceSignals signals,
    IServiceScopeFactory scopes,
    DependencyOutages outages,
    ILogger<SourceWatcher> logger) : BackgroundService
{
    private readonly RetryBackoff backoff = RetryBackoff.ForSource(source.Name);
    private readonly string loopName = "source " + source.Name;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var delay = settings.LeadershipRetryInterval;
            if (leadership.IsLeading(source.Name))
            {
                var outcome = await SyncAsync(stoppingToken);
                failures = outcome.IsFailure ? failures + 1 : 0;
                delay = failures > 0 ? backoff.DelayFor(failures) : source.Definition.PollInterval;
                if (outcome.IsFailure)
                {
                    ControlPlaneLog.SyncFailed(logger, source.Name, delay, outcome.Error ?? outcome.Status.ToString());
                }

                ReportOutage(outcome);
            }

            try
            {
                await signals.WaitAsync(source.Name, delay, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Readiness names a source that waits for its remote (still ready) or for the database (not ready).</summary>
    private void ReportOutage(SyncOutcome outcome)
    {
        var dependency = outcome.Status switch
        {
            SyncStatus.Unavailable => Dependency.Git,
            SyncStatus.DatabaseUnavailable => Dependency.Database,
            _ => (Dependency?)null,
        };
        if (dependency is { } waitingFor)
        {
            outages.Failed(loopName, waitingFor, outcome.Error ?? outcome.Status.ToString());
        }
        else if (!outcome.IsFailure && outages.Recovered(loopName) is { } ended)
        {
            ResilienceLog.Recovered(logger, loopName, ended.Dependency, DateTimeOffset.UtcNow - ended.Since, ended.Failures);
        }
    }

    private async Task<SyncOutcome> SyncAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
            return await bus.InvokeAsync<SyncOutcome>(new SyncSource(source.Name), stoppingToken, timeout: TimeSpan.FromHours(1));
        }
        catch (Exception exception) when (TransientFailure.IsTransient(exception) && !stoppingToken.IsCancellationRequested)
        {
            return new SyncOutcome(source.Name, SyncStatus.DatabaseUnavailable) { Error = TransientFailure.Describe(exception) };
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            ControlPlaneLog.SyncCrashed(logger, source.Name, exception);
            return new SyncOutcome(source.Name, SyncStatus.Failed) { Error = exception.Message };
        }
    }
}
