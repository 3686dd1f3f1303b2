using System.Globalization;
using static GitOpsGateway.Benchmarks.PushToServed.PushToServedReport;

namespace GitOpsGateway.Benchmarks.Soak;

/// <summary>
/// The soak's findings as a Markdown block for docs/benchmarks.md: failed requests split into steady (the goal: 0)
/// and the node restart's window, swaps, push → served, memory first vs last window, load average.
/// </summary>
internal sealed class SoakReport(TextWriter output)
{
    private const int ListedFailures = 12;
    private const int MaxLineLength = 300;

    public void Write(SoakResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var options = result.Options;
        var inRestart = (Func<TimeSpan, TimeSpan, bool>)((start, end) => result.NodeRestart?.Overlaps(start, end) ?? false);
        var inOutage = (Func<TimeSpan, TimeSpan, bool>)((start, end) => result.DatabaseOutage?.Overlaps(start, end) ?? false);
        var steadySegments = result.Segments.Where(segment => !inRestart(segment.Start, segment.End)).ToList();
        var restartSegments = result.Segments.Where(segment => inRestart(segment.Start, segment.End)).ToList();
        var steadyProbe = result.ProbeFailures.Where(failure => !inRestart(failure.At, failure.At)).ToList();
        var restartProbe = result.ProbeFailures.Where(failure => inRestart(failure.At, failure.At)).ToList();
        var steadyFailures = steadySegments.Sum(segment => segment.Failures) + steadyProbe.Count;
        var restartProbeRequests = result.ProbeRequests.Count(at => inRestart(at, at));
        var steadyProbeRequests = result.ProbeRequests.Count - restartProbeRequests;

        output.WriteLine();
        output.WriteLine("---- Markdown for docs/benchmarks.md ----");
        output.WriteLine($"- **Command:** `dotnet bin/Release/net10.0/GitOpsGateway.Benchmarks.dll soak --minutes {options.Minutes} --swap-every {options.SwapEverySeconds} --db-outage {options.DatabaseOutageSeconds}`");
        output.WriteLine($"- **Measured:** {result.StartedUtc:yyyy-MM-dd HH:mm} UTC, {Minutes(result.Length)} min; load average (1, 5, 15 min) {result.LoadAverageAtStart} at the start, " +
            $"{result.LoadAverageAtEnd} at the end, 1-min median {Median(result.Samples.Select(sample => sample.LoadAverage)):F1} and max {Max(result.Samples.Select(sample => sample.LoadAverage)):F1} over the run.");
        if (result.Aborted is { } aborted)
        {
            // Its critical lines say why a host stopped; the last lines what it did meanwhile (stack traces cut short).
            output.WriteLine($"- **ABORTED: {aborted}.** The control plane's critical lines, then its last lines:");
            var lines = result.ControlPlane.Lines;
            foreach (var line in lines.Where(line => line.Contains(" crit: ", StringComparison.Ordinal)).Take(5).Concat(lines.TakeLast(8)))
            {
                output.WriteLine($"  `{(line.Length > MaxLineLength ? line[..MaxLineLength] + " …" : line)}`");
            }
        }

        output.WriteLine($"- Faults: node restart (SIGTERM, then a new process) {result.NodeRestart?.ToString() ?? "not reached"}: {result.NodeRestartOutcome ?? "-"}; " +
            $"PostgreSQL down {result.DatabaseOutage?.ToString() ?? "not reached"}.");
        output.WriteLine();
        output.WriteLine("| requests to the route every version has | requests | failed |");
        output.WriteLine("|---|---|---|");
        output.WriteLine($"| **steady (outside the restart window; the database outage included), goal 0** | {steadySegments.Sum(segment => segment.Requests) + steadyProbeRequests:N0} | **{steadyFailures:N0}** |");
        output.WriteLine($"| of which wrk, {steadySegments.Count} runs of 10 s (≤ {options.RequestsPerSecond} rps) | {steadySegments.Sum(segment => segment.Requests):N0} | {steadySegments.Sum(segment => segment.Failures):N0} |");
        output.WriteLine($"| of which the probe (one at a time, every 20 ms) | {steadyProbeRequests:N0} | {steadyProbe.Count:N0} |");
        output.WriteLine($"| of the steady ones, during the database outage (wrk runs overlapping it, probe) | {result.Segments.Where(segment => inOutage(segment.Start, segment.End) && !inRestart(segment.Start, segment.End)).Sum(segment => segment.Requests):N0} | " +
            $"{result.Segments.Where(segment => inOutage(segment.Start, segment.End) && !inRestart(segment.Start, segment.End)).Sum(segment => segment.Failures) + steadyProbe.Count(failure => inOutage(failure.At, failure.At)):N0} |");
        output.WriteLine($"| node restart window, wrk (the {restartSegments.Count} runs overlapping it, {Seconds(restartSegments)} s) | {restartSegments.Sum(segment => segment.Requests):N0} | {restartSegments.Sum(segment => segment.Failures):N0} |");
        output.WriteLine($"| node restart window, probe | {restartProbeRequests:N0} | {restartProbe.Count:N0} |");
        output.WriteLine();
        WriteFailures("steady", steadyProbe, steadySegments);
        WriteFailures("restart window", restartProbe, restartSegments);

        var served = result.Served.Where(pair => !InFault(result, pair.Push.PushedAt)).Select(pair => pair.Latency.TotalMilliseconds).ToList();
        var faulted = result.Served.Where(pair => InFault(result, pair.Push.PushedAt)).Select(pair => pair.Latency.TotalMilliseconds).ToList();
        output.WriteLine("| swaps and push → served | |");
        output.WriteLine("|---|---|");
        output.WriteLine($"| commits pushed (one every {options.SwapEverySeconds} s, after the first) | {result.Pushes.Count:N0} |");
        output.WriteLine($"| versions the control plane ingested / the node applied (its log, both processes) | {result.VersionsIngested:N0} / **{result.VersionsApplied:N0}** |");
        output.WriteLine($"| webhook answers | {string.Join(", ", result.Pushes.GroupBy(push => push.Webhook).Select(group => $"{group.Key} × {group.Count()}"))} |");
        output.WriteLine($"| push → first served by the node (probe), p50 / p99 / max, pushes outside the faults ({served.Count}) | {Percentiles(served)} |");
        output.WriteLine($"| the same, pushes during the node restart or database outage ({faulted.Count}) | {Percentiles(faulted)} |");
        output.WriteLine($"| last revision ({result.LastRevision}) served | {(result.LastRevisionServed is { } at ? "yes, at " + SoakClock.Format(at) : "**NO**")} |");
        output.WriteLine($"| an older revision served after a newer one | {result.Regressions.Count}{string.Concat(result.Regressions.Take(3).Select(regression => $"; {SoakClock.Format(regression.At)}: {regression.Served} after {regression.Newest}"))} |");
        output.WriteLine();
        WriteMemory(result);
        output.WriteLine();
        new SoakHeapReport(output).Write(result.HeapSnapshots, result.Options.MemoryWindow, result.HeapFolder);
        output.WriteLine("---- end ----");
    }

    private void WriteFailures(string window, IReadOnlyList<RequestFailure> probe, IReadOnlyList<LoadSegment> segments)
    {
        var failedRuns = segments.Where(segment => segment.Failures > 0).ToList();
        if (probe.Count == 0 && failedRuns.Count == 0)
        {
            return;
        }

        output.WriteLine($"Failures, {window}:");
        foreach (var group in probe.GroupBy(failure => failure.Reason).Take(ListedFailures))
        {
            output.WriteLine($"- probe: {group.Key} × {group.Count()}, {SoakClock.Format(group.First().At)}–{SoakClock.Format(group.Last().At)}");
        }

        foreach (var segment in failedRuns.Take(ListedFailures))
        {
            var what = segment.Result is { } result ? $"{result.Non2xx} non-2xx, {result.SocketErrors} socket errors ({result.SocketErrorDetail}; wrk counts every failed connection attempt, not requests)" : $"wrk did not run: {segment.Error}";
            output.WriteLine($"- wrk {SoakClock.Format(segment.Start)}–{SoakClock.Format(segment.End)}: {what}");
        }

        output.WriteLine();
    }

    private void WriteMemory(SoakResult result)
    {
        var window = result.Options.MemoryWindow;
        var first = result.Samples.Where(sample => sample.At <= window).ToList();
        var last = result.Samples.Where(sample => sample.At >= result.Length - window).ToList();
        var minutes = Minutes(window);
        output.WriteLine($"| RSS, sampled every 10 s ({result.Samples.Count} samples) | first {minutes} min, median | last {minutes} min, median | last / first | max |");
        output.WriteLine("|---|---|---|---|---|");
        foreach (var (name, rss) in new (string, Func<ResourceSample, double?>)[] { ("node", sample => sample.NodeMegabytes), ("control plane", sample => sample.ControlPlaneMegabytes) })
        {
            var firstMedian = Median(first.Select(rss).OfType<double>());
            var lastMedian = Median(last.Select(rss).OfType<double>());
            output.WriteLine($"| {name} | {firstMedian:F0} MB | {lastMedian:F0} MB | **{lastMedian / firstMedian:F2}** | {Max(result.Samples.Select(rss).OfType<double>()):F0} MB |");
        }

        // The trend between the two windows: a median per window-long stretch, so a slow climb is not hidden by the ends.
        var stretches = result.Samples.GroupBy(sample => (int)(sample.At / window)).Where(group => group.Any()).ToList();
        output.WriteLine($"| RSS medians per {minutes} min, node | {string.Join(" → ", stretches.Select(group => Median(group.Select(sample => sample.NodeMegabytes).OfType<double>()).ToString("F0", CultureInfo.InvariantCulture)))} MB | | | |");
        output.WriteLine($"| RSS medians per {minutes} min, control plane | {string.Join(" → ", stretches.Select(group => Median(group.Select(sample => sample.ControlPlaneMegabytes).OfType<double>()).ToString("F0", CultureInfo.InvariantCulture)))} MB | | | |");
        if (result.NodeRestart is { } restart)
        {
            var before = result.Samples.Where(sample => sample.At < restart.Start).Select(sample => sample.NodeMegabytes).OfType<double>().ToList();
            output.WriteLine($"| (node: the first process's last sample before its restart; the last window is the second process) | {(before.Count > 0 ? before[^1].ToString("F0", CultureInfo.InvariantCulture) + " MB" : "-")} | | | |");
        }
    }

    private static bool InFault(SoakResult result, TimeSpan at) =>
        (result.NodeRestart?.Contains(at) ?? false) || (result.DatabaseOutage?.Contains(at) ?? false);

    private static string Percentiles(IReadOnlyCollection<double> milliseconds) => milliseconds.Count == 0
        ? "-"
        : $"{Percentile(milliseconds, 50):F0} / {Percentile(milliseconds, 99):F0} / {milliseconds.Max():F0} ms";

    private static double Median(IEnumerable<double> values) => values.ToList() is { Count: > 0 } list ? Percentile(list, 50) : double.NaN;

    private static double Max(IEnumerable<double> values) => values.DefaultIfEmpty(double.NaN).Max();

    private static string Minutes(TimeSpan time) => time.TotalMinutes.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Seconds(IEnumerable<LoadSegment> segments) =>
        segments.Sum(segment => (segment.End - segment.Start).TotalSeconds).ToString("F0", CultureInfo.InvariantCulture);
}
