using System.Globalization;

namespace GitOpsGateway.Benchmarks.Soak;

/// <summary>
/// The runtime's own GC figures (meter <c>System.Runtime</c>, read with <c>dotnet-counters collect</c>) right after the
/// snapshot's full collection: gen2 and large-object heap sizes after that collection and the memory the GC had committed.
/// </summary>
internal sealed record RuntimeCounters(long? Gen2Bytes, long? LargeObjectBytes, long? CommittedBytes)
{
    /// <summary>Parses the CSV that <c>dotnet-counters collect --format csv</c> writes, keeping each counter's last value.</summary>
    public static RuntimeCounters Parse(string csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var last = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var fields = line.Split(',');
            if (fields.Length == 5 && double.TryParse(fields[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                last[fields[2]] = (long)value;
            }
        }

        return new RuntimeCounters(
            Find(last, "dotnet.gc.last_collection.heap.size (By)[gc.heap.generation=gen2]"),
            Find(last, "dotnet.gc.last_collection.heap.size (By)[gc.heap.generation=loh]"),
            Find(last, "dotnet.gc.last_collection.memory.committed_size (By)"));
    }

    private static long? Find(Dictionary<string, long> values, string name) => values.TryGetValue(name, out var value) ? value : null;
}
