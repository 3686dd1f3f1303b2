using System.Diagnostics;
using System.Globalization;

namespace GitOpsGateway.Benchmarks.Soak;

/// <summary>Time since the soak began: every record of the run (requests, pushes, faults, samples) is stamped with it.</summary>
internal sealed class SoakClock
{
    private readonly long started = Stopwatch.GetTimestamp();

    public TimeSpan Now => Stopwatch.GetElapsedTime(started);

    /// <summary>Minutes and seconds since the start; minutes go past 59 in a run longer than an hour.</summary>
    public static string Format(TimeSpan at) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)at.TotalMinutes:00}:{at.Seconds:00}");
}
