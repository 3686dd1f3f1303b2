using System.Globalization;
using System.Text.RegularExpressions;

namespace GitOpsGateway.Benchmarks.Soak;

/// <summary>
/// What <c>dotnet-gcdump report</c> prints for a snapshot taken after a full, blocking collection: the live heap's bytes
/// and objects, and per type (large arrays and strings are listed under their own size bucket) how many are alive. Its
/// per-type byte column is not the type's total (a type of 17,000 strings shows 22 bytes), so only counts are kept.
/// </summary>
internal sealed partial record GcHeapReport(long HeapBytes, long HeapObjects, IReadOnlyDictionary<string, long> Types)
{
    public static GcHeapReport Parse(string report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var types = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (Match row in TypeRow().Matches(report))
        {
            var name = row.Groups["type"].Value;
            types[name] = types.GetValueOrDefault(name) + Number(row.Groups["count"].Value);
        }

        return new GcHeapReport(
            Number(Required(HeapBytesLine(), report)),
            Number(Required(HeapObjectsLine(), report)),
            types);
    }

    private static string Required(Regex pattern, string report) =>
        pattern.Match(report) is { Success: true } match
            ? match.Groups[1].Value
            : throw new FormatException($"dotnet-gcdump report printed no line matching {pattern}:\n{report[..Math.Min(report.Length, 500)]}");

    private static long Number(string digits) => long.Parse(digits, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\s*([\d,]+)\s+GC Heap bytes", RegexOptions.Multiline)]
    private static partial Regex HeapBytesLine();

    [GeneratedRegex(@"^\s*([\d,]+)\s+GC Heap objects", RegexOptions.Multiline)]
    private static partial Regex HeapObjectsLine();

    [GeneratedRegex(@"^\s*(?<bytes>[\d,]+)\s+(?<count>[\d,]+)\s+(?<type>\S.*?)\s*$", RegexOptions.Multiline)]
    private static partial Regex TypeRow();
}
