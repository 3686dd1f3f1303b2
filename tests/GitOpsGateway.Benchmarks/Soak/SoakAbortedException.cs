namespace GitOpsGateway.Benchmarks.Soak;

/// <summary>A process under soak died (or a part of the harness failed): the run stops and reports instead of hanging.</summary>
internal sealed class SoakAbortedException(string reason) : Exception(reason);
