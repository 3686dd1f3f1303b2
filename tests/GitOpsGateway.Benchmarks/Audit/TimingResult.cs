using System.Globalization;

namespace GitOpsGateway.Benchmarks.Audit;

/// <summary>Latency percentiles of one query kind in milliseconds, and the average number of items it returned.</summary>
internal sealed record TimingResult(string Name, int Samples, double P50, double P95, double P99, double Max, double AverageItems)
{
    public const double GoalMilliseconds = 100;

    public static string Header => $"{"query",-44} | {"n",5} | {"p50 ms",7} | {"p95 ms",7} | {"p99 ms",7} | {"max ms",7} | {"items",6} | p95 < 100 ms";

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name,-44} | {Samples,5} | {P50,7:F1} | {P95,7:F1} | {P99,7:F1} | {Max,7:F1} | {AverageItems,6:F1} | {(P95 < GoalMilliseconds ? "yes" : "NO")}");
}
