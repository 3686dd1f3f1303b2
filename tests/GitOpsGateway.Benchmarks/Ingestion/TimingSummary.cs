using System.Globalization;

namespace GitOpsGateway.Benchmarks.Ingestion;

/// <summary>Minimum and median of a few runs, and the millisecond format the report uses.</summary>
internal static class TimingSummary
{
    public static TimeSpan Min(IEnumerable<TimeSpan> times) => times.Min();

    public static TimeSpan Median(IEnumerable<TimeSpan> times)
    {
        var sorted = times.Order().ToList();
        if (sorted.Count == 0)
        {
            throw new ArgumentException("No times to summarise.", nameof(times));
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static string Milliseconds(TimeSpan time) => time.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture) + " ms";

    /// <summary>The 1, 5 and 15 minute load averages, as the kernel reports them; "unknown" elsewhere.</summary>
    public static string LoadAverage()
    {
        const string path = "/proc/loadavg";
        if (!File.Exists(path))
        {
            return "unknown";
        }

        var fields = File.ReadAllText(path).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', fields.Take(3));
    }
}
