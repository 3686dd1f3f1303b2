using System.Globalization;

namespace GitOpsGateway.Benchmarks.Soak;

/// <summary>
/// The heap snapshots as Markdown: per snapshot the live heap after a full collection, the GC's gen2 and committed bytes
/// and the resident memory split by kind; then, per process, the types whose live count grew most between the first
/// snapshot after warm-up and that process's last one.
/// </summary>
internal sealed class SoakHeapReport(TextWriter output)
{
    private const int ListedTypes = 12;

    public void Write(IReadOnlyList<HeapSnapshot> snapshots, TimeSpan warmUp, string folder)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        output.WriteLine($"Heap snapshots (dotnet-gcdump after a full blocking collection, then dotnet-counters; files in `{folder}`):");
        output.WriteLine();
        output.WriteLine("| at | process (pid) | live heap after full GC | live objects | gen2 / LOH after it | GC committed | RSS: anonymous + file + shared = total |");
        output.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var snapshot in snapshots)
        {
            var memory = snapshot.Memory is { } rss ? $"{rss.Anonymous:F0} + {rss.File:F0} + {rss.Shared:F0} = {rss.Resident:F0} MB" : "-";
            var heap = snapshot.Heap is { } live ? $"{Megabytes(live.HeapBytes)} MB | {live.HeapObjects:N0}" : $"not taken: {snapshot.Error} | -";
            var counters = snapshot.Counters is { } gc ? $"{Megabytes(gc.Gen2Bytes)} / {Megabytes(gc.LargeObjectBytes)} MB | {Megabytes(gc.CommittedBytes)} MB" : "- | -";
            output.WriteLine($"| {SoakClock.Format(snapshot.At)} | {snapshot.Process} ({snapshot.ProcessId}) | {heap} | {counters} | {memory} |");
        }

        output.WriteLine();
        foreach (var process in snapshots.GroupBy(snapshot => (snapshot.Process, snapshot.ProcessId)))
        {
            var taken = process.Where(snapshot => snapshot.Heap is not null).ToList();
            var first = taken.FirstOrDefault(snapshot => snapshot.At >= warmUp);
            var last = taken.LastOrDefault();
            if (first is null || last is null || ReferenceEquals(first, last))
            {
                continue;
            }

            WriteGrowth(process.Key.Process, process.Key.ProcessId, first, last);
        }
    }

    private void WriteGrowth(string process, int processId, HeapSnapshot first, HeapSnapshot last)
    {
        var before = first.Heap!.Types;
        var after = last.Heap!.Types;
        var growth = after.Keys.Union(before.Keys)
            .Select(type => (type, before: before.GetValueOrDefault(type), after: after.GetValueOrDefault(type)))
            .Select(row => (row.type, row.before, row.after, count: row.after - row.before))
            .ToList();
        output.WriteLine($"{process} ({processId}), {SoakClock.Format(first.At)} → {SoakClock.Format(last.At)}: live heap {Megabytes(first.Heap.HeapBytes)} → {Megabytes(last.Heap.HeapBytes)} MB, " +
            $"objects {first.Heap.HeapObjects:N0} → {last.Heap.HeapObjects:N0}; {growth.Count(row => row.count > 0)} types grew in count, {growth.Count(row => row.count < 0)} shrank. Largest growth in count:");
        output.WriteLine();
        output.WriteLine("| type | live objects |");
        output.WriteLine("|---|---|");
        foreach (var row in growth.Where(row => row.count > 0).OrderByDescending(row => row.count).Take(ListedTypes))
        {
            output.WriteLine($"| `{row.type}` | {row.before:N0} → {row.after:N0} |");
        }

        output.WriteLine();
    }

    private static string Megabytes(long? bytes) =>
        bytes is { } value ? (value / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture) : "-";
}
