using System.Globalization;
using GitOpsGateway.RouteTables.Http;

namespace GitOpsGateway.Benchmarks.Synthetic;

/// <summary>
/// A benchmark parameter: how many host routes and which path match they use, with one backend per ten routes.
/// Regular-expression cases are smaller where each pattern is constructed per operation, since 10,000 of them take
/// minutes per operation on a loaded machine (docs/benchmarks.md).
/// </summary>
public sealed record TableShape(int Routes, PathMatchType PathMatch)
{
    internal SyntheticRepository Repository => new(Routes, Routes / SyntheticRepository.Teams, PathMatch);

    /// <summary>Short, because BenchmarkDotNet cuts longer parameter values in its tables.</summary>
    public override string ToString() => PathMatch switch
    {
        PathMatchType.Exact => $"{Routes.ToString(CultureInfo.InvariantCulture)} exact",
        PathMatchType.PathPrefix => $"{Routes.ToString(CultureInfo.InvariantCulture)} prefix",
        _ => $"{Routes.ToString(CultureInfo.InvariantCulture)} regex",
    };
}
