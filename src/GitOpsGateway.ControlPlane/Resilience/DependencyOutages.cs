using System.Collections.Concurrent;
using System.Globalization;

namespace GitOpsGateway.ControlPlane.Resilience;

/// <summary>
/// The ongoing outages every background loop reports (one entry per loop, cleared when it works again), which
/// <c>/readyz</c> turns into its answer. A loop that keeps failing keeps the time of its first failure.
/// </summary>
public sealed class DependencyOutages(TimeProvider? time = null)
{
    private readonly TimeProvider time = time ?? TimeProvider.System;
    private readonly ConcurrentDictionary<string, Outage> outages = new(StringComparer.Ordinal);

    public IReadOnlyList<Outage> Current => [.. outages.Values.OrderBy(outage => outage.Since).ThenBy(outage => outage.Loop, StringComparer.Ordinal)];

    public Outage Failed(string loop, Dependency dependency, string error)
    {
        var now = time.GetUtcNow();
        return outages.AddOrUpdate(
            loop,
            _ => new Outage { Loop = loop, Dependency = dependency, Since = now, LastFailureAt = now, Failures = 1, LastError = error },
            (_, ongoing) => ongoing with { Dependency = dependency, LastFailureAt = now, Failures = ongoing.Failures + 1, LastError = error });
    }

    /// <returns>The outage that ended, or null when the loop was not failing.</returns>
    public Outage? Recovered(string loop) => outages.TryRemove(loop, out var ended) ? ended : null;

    /// <summary>Why the process is not ready, or null: every loop that cannot reach the database, since the earliest failure.</summary>
    public string? WhyNotReady()
    {
        var database = Current.Where(outage => outage.Dependency == Dependency.Database).ToList();
        if (database.Count == 0)
        {
            return null;
        }

        var latest = database.MaxBy(outage => outage.LastFailureAt)!;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Waiting for the database: unreachable since {database[0].Since:O} ({string.Join(", ", database.Select(outage => outage.Loop))}); last error at {latest.LastFailureAt:O}: {latest.LastError}");
    }

    /// <summary>Outages that do not stop the process from serving (a Git remote), one line each.</summary>
    public IReadOnlyList<string> Degraded() =>
        [.. Current.Where(outage => outage.Dependency != Dependency.Database).Select(outage => string.Create(
            CultureInfo.InvariantCulture,
            $"{outage.Loop}: {outage.Dependency} unreachable since {outage.Since:O} ({outage.Failures} failures): {outage.LastError}"))];
}
