using System.Diagnostics;

namespace GitOpsGateway.Benchmarks.Audit;

/// <summary>Times one kind of query over many samples, each run alone, and summarises the distribution.</summary>
internal static class QueryTimings
{
    /// <summary>Runs <paramref name="warmUp"/> untimed samples first (connection pool, JIT, plan cache), then the timed ones.</summary>
    public static async Task<TimingResult> MeasureAsync(string name, int samples, int warmUp, Func<int, Task<int>> query)
    {
        for (var sample = 0; sample < warmUp; sample++)
        {
            await query(sample);
        }

        var milliseconds = new List<double>(samples);
        var items = 0L;
        for (var sample = 0; sample < samples; sample++)
        {
            var watch = Stopwatch.StartNew();
            items += await query(warmUp + sample);
            milliseconds.Add(watch.Elapsed.TotalMilliseconds);
        }

        milliseconds.Sort();
        return new TimingResult(name, samples, Percentile(milliseconds, 0.50), Percentile(milliseconds, 0.95), Percentile(milliseconds, 0.99), milliseconds[^1], (double)items / samples);
    }

    private static double Percentile(List<double> sorted, double fraction) =>
        sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(fraction * sorted.Count) - 1)];
}
