using System.Diagnostics;

namespace GitOpsGateway.Benchmarks.Node;

/// <summary>
/// Table swaps on a node while wrk sends to every route: each swap publishes the other of two tables (one route's
/// backend differs) on the feed, and the node's own log gives the swap time (build, clusters into YARP, reference
/// swap). wrk's non-2xx and socket errors over the whole run are the requests the swaps failed (goal: none).
/// </summary>
internal sealed class SwapUnderLoad(Wrk wrk, TextWriter output)
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1.5);

    /// <param name="publish">Publishes swap number N (from 1) and returns the version number the node will log.</param>
    public async Task RunAsync(Proxy node, int routes, int swaps, Func<int, long> publish, CancellationToken cancellationToken)
    {
        var duration = Settle + (Interval * swaps) + Settle;
        var load = wrk.RunAsync(node.Port, 0, routes, duration, cancellationToken);
        var swapTimes = new List<double>();
        var publishToApplied = new List<double>();
        await Task.Delay(Settle, cancellationToken);
        for (var swap = 1; swap <= swaps; swap++)
        {
            var published = Stopwatch.GetTimestamp();
            var version = publish(swap);
            swapTimes.Add(await NodeBenchmark.AppliedAsync(node, version, cancellationToken));
            publishToApplied.Add(Stopwatch.GetElapsedTime(published).TotalMilliseconds);
            await Task.Delay(Interval, cancellationToken);
        }

        var result = await load;
        output.WriteLine($"{swaps} swaps of {routes:N0} routes under load: wrk {NodeBenchmark.Describe(result)}");
        output.WriteLine($"| {swaps} swaps of {routes:N0} routes, wrk running | median | max |");
        output.WriteLine($"| swap, node's own measurement | **{NodeBenchmark.MedianOf(swapTimes, time => time):F1} ms** | {swapTimes.Max():F1} ms |");
        output.WriteLine($"| publish on the feed → node logs applied | {NodeBenchmark.MedianOf(publishToApplied, time => time):F0} ms | {publishToApplied.Max():F0} ms |");
        output.WriteLine($"| requests during the swaps: total, non-2xx, socket errors | {result.Requests:N0} | {result.Non2xx} non-2xx, {result.SocketErrors} socket errors |");
    }
}
