using System.Diagnostics;
using System.Globalization;

namespace GitOpsGateway.Benchmarks.Soak;

/// <summary>Time since the soak began: every record of the run (requests, pushes, faults, samples) is stamped with it.</summary>
internal sealed class SoakClock
{
    private readonly long started = Stopwatch.GetTimestamp();

    public TimeSpan Now => Stopwatch.GetElapsedTime(started);

    public static string Format(TimeSpan at) => at.ToString(@"mm\:ss", CultureInfo.InvariantCulture);
}
