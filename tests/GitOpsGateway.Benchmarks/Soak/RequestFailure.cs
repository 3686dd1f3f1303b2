namespace GitOpsGateway.Benchmarks.Soak;

/// <summary>One request the probe saw fail, when and why (status, connection error, timeout, a response without the revision).</summary>
internal sealed record RequestFailure(TimeSpan At, string Reason);
