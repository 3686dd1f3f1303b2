using System.Globalization;
using System.Text.RegularExpressions;

namespace GitOpsGateway.Benchmarks.PushToServed;

/// <summary>
/// A process's console log as (time of day, text): the hosts log one line per event, stamped <c>HH:mm:ss.fff</c>
/// when the event happened, on the same clock as this process. Steps of a push are found by their stable messages.
/// </summary>
internal sealed partial class LogTimeline(IReadOnlyList<string> lines)
{
    private readonly List<(TimeSpan At, string Text)> entries = [.. lines
        .Select(line => Stamp().Match(line))
        .Where(match => match.Success)
        .Select(match => (TimeSpan.ParseExact(match.Groups[1].Value, @"hh\:mm\:ss\.fff", CultureInfo.InvariantCulture), match.Groups[2].Value))];

    /// <summary>When the first line at or after <paramref name="after"/> containing every fragment was logged.</summary>
    public TimeSpan? First(TimeSpan after, params string[] fragments) =>
        entries.Where(entry => entry.At >= after && fragments.All(fragment => entry.Text.Contains(fragment, StringComparison.Ordinal)))
            .Select(entry => (TimeSpan?)entry.At)
            .FirstOrDefault();

    /// <summary>The first matching line's text, for values the log carries (a version number).</summary>
    public string? FirstText(TimeSpan after, params string[] fragments) =>
        entries.FirstOrDefault(entry => entry.At >= after && fragments.All(fragment => entry.Text.Contains(fragment, StringComparison.Ordinal))).Text;

    [GeneratedRegex(@"^(\d\d:\d\d:\d\d\.\d{3}) (.*)$")]
    private static partial Regex Stamp();
}
