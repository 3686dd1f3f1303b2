namespace GitOpsGateway.Benchmarks.PushToServed;

/// <summary>p50 and p99 of push → served by every node (goal p50 under 250 ms), and the median of each step.</summary>
internal sealed class PushToServedReport(TextWriter output)
{
    public void Write(IReadOnlyList<PushSample> samples)
    {
        var served = samples.Select(sample => sample.ServedByEveryNode).ToList();
        output.WriteLine($"| git push → served by both nodes, {samples.Count} pushes | p50 | p99 | min | max |");
        output.WriteLine($"| webhook | **{Percentile(served, 50):F0} ms** | **{Percentile(served, 99):F0} ms** | {served.Min():F0} ms | {served.Max():F0} ms |");
        output.WriteLine("| step (ms after push end, median) | at | since previous step |");
        var previous = 0.0;
        foreach (var (name, step) in new (string, Func<PushSample, double?>)[]
        {
            ("webhook received", sample => sample.WebhookReceived),
            ("fetch done", sample => sample.FetchDone),
            ("ingest committed (events + version)", sample => sample.IngestCommitted),
            ("version published to the feed", sample => sample.VersionPublished),
            ("feed event sent to both nodes", sample => sample.FeedEventSent),
            ("applied by both nodes", sample => sample.NodeApplied),
            ("first served by both nodes", sample => sample.ServedByEveryNode),
        })
        {
            var values = samples.Select(step).OfType<double>().ToList();
            if (values.Count == 0)
            {
                output.WriteLine($"| {name} | not logged | |");
                continue;
            }

            var median = Percentile(values, 50);
            output.WriteLine($"| {name} | {median:F0} | {median - previous:F0} |");
            previous = median;
        }

        var commitSteps = samples.Select(sample => sample.CommitSteps).OfType<(double Read, double Ingest)>().ToList();
        if (commitSteps.Count > 0)
        {
            output.WriteLine($"| of fetch → ingest committed: reading the commit, the ingest transaction (median durations) | {Percentile([.. commitSteps.Select(steps => steps.Read)], 50):F0} | {Percentile([.. commitSteps.Select(steps => steps.Ingest)], 50):F0} |");
        }
    }

    /// <summary>Nearest rank: the smallest value with at least <paramref name="percent"/>% of the values at or below it.</summary>
    public static double Percentile(IReadOnlyCollection<double> values, int percent)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
