using GitOpsGateway.Benchmarks.Node;

namespace GitOpsGateway.Benchmarks.Soak;

/// <summary>One wrk run of the soak's back-to-back runs: its result, or why wrk failed (it exits when it cannot connect at all).</summary>
internal sealed record LoadSegment(TimeSpan Start, TimeSpan End, WrkResult? Result, string? Error)
{
    /// <summary>Failed requests; a wrk run that could not run counts as one failure, since what it would have sent is unknown.</summary>
    public long Failures => Result?.Failures ?? 1;

    public long Requests => Result?.Requests ?? 0;
}
