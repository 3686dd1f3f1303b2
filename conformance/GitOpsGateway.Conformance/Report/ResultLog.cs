using System.Collections.Concurrent;

namespace GitOpsGateway.Conformance.Report;

/// <summary>The outcome of every upstream test run so far, for the ConformanceReport.</summary>
public sealed class ResultLog
{
    private readonly ConcurrentDictionary<string, UpstreamTestResult> results = new(StringComparer.Ordinal);

    public void Record(UpstreamTestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        results[result.Test.ShortName] = result;
    }

    public IReadOnlyList<UpstreamTestResult> Snapshot() => [.. results.Values.OrderBy(result => result.Test.ShortName, StringComparer.Ordinal)];
}
