using GitOpsGateway.Events.Resilience;
using GitOpsGateway.Sources.Git;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.ControlPlane.Resilience;

/// <summary>
/// Runs a background loop's body until the host stops, through outages of its <see cref="Dependency"/>: a
/// <see cref="TransientFailure"/> is logged, reported to <see cref="DependencyOutages"/> (readiness) and retried
/// after a capped exponential backoff with jitter; the body calls <see cref="Healthy"/> once it has reached the
/// dependency again, which ends the outage and resets the backoff. Any other exception is a defect or a
/// configuration error no retry fixes: it is logged as critical and rethrown, which faults the hosted service, stops
/// the host and makes the process exit non-zero (<see cref="HostedServiceFaults"/>).
/// </summary>
public sealed class SupervisedLoop
{
    private readonly string name;
    private readonly Dependency dependency;
    private readonly RetryBackoff backoff;
    private readonly DependencyOutages outages;
    private readonly ILogger logger;
    private readonly TimeProvider time;
    private int failures;

    public SupervisedLoop(string name, Dependency dependency, DependencyOutages outages, ILogger logger, RetryBackoff? backoff = null, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        this.name = name;
        this.dependency = dependency;
        this.outages = outages ?? throw new ArgumentNullException(nameof(outages));
        this.logger = logger ?? throw new ArgumentNullException(nameof(logger));
        this.backoff = backoff ?? ForDatabase(name);
        this.time = time ?? TimeProvider.System;
    }

    public string Name => name;

    /// <summary>Half a second doubling up to ten seconds, jitter up to 20 %: a database back after an outage is used within ten seconds.</summary>
    public static RetryBackoff ForDatabase(string loop) =>
        new(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(10), RetryBackoff.StableSeed(loop));

    /// <summary>The body reached its dependency: an ongoing outage ends here and the next failure starts the backoff anew.</summary>
    public void Healthy()
    {
        var failed = Interlocked.Exchange(ref failures, 0);
        if (outages.Recovered(name) is { } ended)
        {
            ResilienceLog.Recovered(logger, name, ended.Dependency, time.GetUtcNow() - ended.Since, Math.Max(failed, ended.Failures));
        }
    }

    /// <summary>Runs <paramref name="body"/> again after each transient failure; returns when it returns or the host stops.</summary>
    public async Task RunAsync(Func<CancellationToken, Task> body, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan delay;
            try
            {
                await body(stoppingToken);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (TransientFailure.IsTransient(exception))
            {
                var attempt = Interlocked.Increment(ref failures);
                delay = backoff.DelayFor(attempt);
                var outage = outages.Failed(name, dependency, TransientFailure.Describe(exception));
                ResilienceLog.Retrying(logger, name, dependency, outage.Failures, outage.Since, delay, outage.LastError);
            }
            catch (Exception exception)
            {
                ResilienceLog.Faulted(logger, exception, name);
                throw;
            }

            try
            {
                await Task.Delay(delay, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
