namespace GitOpsGateway.Benchmarks.Node;

/// <summary>What one wrk run reported.</summary>
internal sealed record WrkResult(double RequestsPerSecond, double P50Milliseconds, double P99Milliseconds, long Requests, long Non2xx, long SocketErrors)
{
    /// <summary>Requests that failed in any way: an error status or a connect, read, write or timeout error.</summary>
    public long Failures => Non2xx + SocketErrors;

    /// <summary>wrk's own split of <see cref="SocketErrors"/> (connect, read, write, timeout), or null when it had none.</summary>
    public string? SocketErrorDetail { get; init; }
}
