namespace GitOpsGateway.Benchmarks.Soak;

/// <summary>
/// One process's memory at one moment of the run: its live managed heap after a full collection (null when the tools
/// could not take it: <see cref="Error"/> says why), the runtime's GC counters and the kernel's resident memory.
/// </summary>
internal sealed record HeapSnapshot(TimeSpan At, string Process, int ProcessId, ProcessMemory? Memory, GcHeapReport? Heap, RuntimeCounters? Counters, string? Error);
