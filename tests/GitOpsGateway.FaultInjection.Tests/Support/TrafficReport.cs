namespace GitOpsGateway.FaultInjection.Tests.Support;

/// <summary>What a <see cref="TrafficProbe"/> saw: requests answered 200, and each failure with its time and reason.</summary>
internal sealed record TrafficReport(string Host, long Succeeded, IReadOnlyList<string> Failures)
{
    public override string ToString() =>
        $"{Host}: {Succeeded} answered 200, {Failures.Count} failed" + (Failures.Count == 0 ? "" : ":\n  " + string.Join("\n  ", Failures.Take(20)));
}
