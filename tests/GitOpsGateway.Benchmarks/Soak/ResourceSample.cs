namespace GitOpsGateway.Benchmarks.Soak;

/// <summary>RSS of the node and the control plane (null while a process is not there) and the 1-minute load average.</summary>
internal sealed record ResourceSample(TimeSpan At, double? NodeMegabytes, double? ControlPlaneMegabytes, double LoadAverage);
