using System.Globalization;
using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.Benchmarks.Soak;

/// <summary>
/// Heap snapshots of the control plane and the node at a warm start (1 minute in), at the end of every memory window and
/// once at the end, kept in <see cref="Folder"/>: the live managed heap after a full collection tells a leak from a GC
/// that merely grew its heap, which RSS alone cannot.
/// </summary>
internal sealed class HeapSampler(SoakClock clock, SoakOptions options, Func<ProjectProcess> node, ProjectProcess controlPlane, string folder)
{
    private static readonly TimeSpan WarmStart = TimeSpan.FromMinutes(1);

    private readonly Lock gate = new();
    private readonly List<HeapSnapshot> snapshots = [];

    public string Folder { get; } = folder;

    public IReadOnlyList<HeapSnapshot> Snapshots { get { lock (gate) { return [.. snapshots]; } } }

    /// <summary>Takes the snapshots due before the run's end; the last one is <see cref="SnapshotAsync"/>'s, at the end.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        try
        {
            var due = WarmStart < options.MemoryWindow ? WarmStart : options.MemoryWindow;
            while (due < options.Duration)
            {
                var left = due - clock.Now;
                if (left > TimeSpan.Zero)
                {
                    await Task.Delay(left, stop);
                }

                await SnapshotAsync(stop);
                due = (Math.Floor(clock.Now / options.MemoryWindow) + 1) * options.MemoryWindow;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run is over.
        }
    }

    public async Task SnapshotAsync(CancellationToken cancellationToken)
    {
        foreach (var (name, process) in new[] { ("control plane", controlPlane), ("node", node()) })
        {
            var snapshot = await SnapshotAsync(name, process, cancellationToken);
            lock (gate)
            {
                snapshots.Add(snapshot);
            }
        }
    }

    private async Task<HeapSnapshot> SnapshotAsync(string name, ProjectProcess process, CancellationToken cancellationToken)
    {
        var at = clock.Now;
        var stem = Path.Combine(Folder, $"{name.Replace(' ', '-')}-{process.Id.ToString(CultureInfo.InvariantCulture)}-{SoakClock.Format(at).Replace(':', '.')}");
        ProcessMemory? memory = null;
        try
        {
            memory = ProcessMemory.Of(process.Id);
            var heap = await DiagnosticsTools.HeapAfterFullCollectionAsync(process.Id, stem + ".gcdump", cancellationToken);
            var counters = await DiagnosticsTools.RuntimeCountersAsync(process.Id, stem + ".csv", cancellationToken);
            return new HeapSnapshot(at, name, process.Id, memory, heap, counters, Error: null);
        }
        catch (Exception failed) when (failed is IOException or InvalidOperationException or TimeoutException or FormatException or KeyNotFoundException)
        {
            // The node between its two processes, or the tools missing: recorded, and the run goes on.
            return new HeapSnapshot(at, name, process.Id, memory, Heap: null, Counters: null, failed.Message);
        }
    }
}
