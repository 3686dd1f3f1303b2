using System.Globalization;
using GitOpsGateway.Benchmarks.Node;

namespace GitOpsGateway.Benchmarks.Soak;

/// <summary>
/// wrk on the route every version has, at a bounded rate (<c>bench/soak.lua</c>), in back-to-back runs of 10 s: wrk
/// reports only totals, so short runs let each failure be placed in or out of a fault's window (to within a run).
/// </summary>
internal sealed class BoundedLoad(SoakClock clock, SoakOptions options, Func<int> nodePort)
{
    private static readonly TimeSpan SegmentLength = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan RetryPause = TimeSpan.FromMilliseconds(200);

    private readonly Wrk wrk = new(new WrkSettings(Threads: 1, options.Connections));
    private readonly Lock gate = new();
    private readonly List<LoadSegment> segments = [];

    public IReadOnlyList<LoadSegment> Segments { get { lock (gate) { return [.. segments]; } } }

    /// <summary>Runs segments until <paramref name="stop"/>; the segment under way finishes, so no request goes uncounted.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        string[] script = [SoakRepository.Host, "/load", options.DelayMilliseconds.ToString(CultureInfo.InvariantCulture)];
        while (!stop.IsCancellationRequested)
        {
            var start = clock.Now;
            LoadSegment segment;
            try
            {
                var result = await wrk.RunScriptAsync("soak.lua", nodePort(), script, SegmentLength, CancellationToken.None);
                segment = new LoadSegment(start, clock.Now, result, null);
            }
            catch (Exception failure) when (failure is InvalidOperationException or TimeoutException or FormatException)
            {
                segment = new LoadSegment(start, clock.Now, null, failure.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).FirstOrDefault() ?? failure.Message);
            }

            lock (gate)
            {
                segments.Add(segment);
            }

            if (segment.Result is null)
            {
                await Task.Delay(RetryPause, CancellationToken.None);
            }
        }
    }
}
