using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using GitOpsGateway.Benchmarks.Synthetic;
using GitOpsGateway.RouteTables;
using GitOpsGateway.Testing.Processes;
using static GitOpsGateway.Benchmarks.Ingestion.TimingSummary;

namespace GitOpsGateway.Benchmarks.Node;

/// <summary>
/// The node against plain YARP with the same routes to the same backend, side by side in one run, with wrk:
/// requests per second and p99 in alternating rounds, the last vs the first of the routes, RSS, and a table swap
/// under load (<see cref="SwapUnderLoad"/>). The node is the real <c>gitops-gateway data-plane</c> process fed by the
/// product's feed endpoints in this process (<see cref="FeedHost"/>); its table is compiled from the synthetic
/// repository by the real compiler.
/// </summary>
internal sealed partial class NodeBenchmark(NodeOptions options, TextWriter output)
{
    private static readonly NamespacedName Gateway = new() { Namespace = SyntheticRepository.GatewayNamespace, Name = SyntheticRepository.GatewayName };
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(180);

    private readonly Wrk wrk = new(new WrkSettings(options.Threads, options.Connections));
    private readonly string stateRoot = Directory.CreateTempSubdirectory("gitops-gateway-bench-node-").FullName;
    private long version;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        output.WriteLine($"node: routes {string.Join(", ", options.Routes)}; {options.Rounds} rounds of {options.Seconds} s per proxy, alternating; " +
            $"wrk -t{options.Threads} -c{options.Connections}; {CpuPinning.Describe()}; load average {LoadAverage()}");
        var backendPort = FreePort.Next();
        await using var backend = PinnedProcesses.StartBenchmarkCommand(CpuPinning.LoadCpu, "fixed-backend", "--port", PinnedProcesses.Text(backendPort));
        await backend.WaitForHttpAsync(new Uri($"http://127.0.0.1:{backendPort}/"), StartTimeout, cancellationToken);
        await using var feed = await FeedHost.StartAsync(cancellationToken);
        try
        {
            foreach (var routes in options.Routes)
            {
                await RunTableSizeAsync(routes, backendPort, feed, cancellationToken);
            }
        }
        finally
        {
            Directory.Delete(stateRoot, recursive: true);
        }

        return 0;
    }

    private async Task RunTableSizeAsync(int routes, int backendPort, FeedHost feed, CancellationToken cancellationToken)
    {
        var repository = new SyntheticRepository(routes, routes / SyntheticRepository.Teams) { SharedEndpoint = new IPEndPoint(IPAddress.Loopback, backendPort) };
        var table = CompiledSynthetic.Table(repository);
        var changed = CompiledSynthetic.Table(repository with { ChangedRoute = routes / 2 });
        output.WriteLine($"\n## {routes:N0} routes (load average {LoadAverage()})");

        var yarpPort = FreePort.Next();
        await using var yarp = new Proxy("plain YARP", PinnedProcesses.StartBenchmarkCommand(
            CpuPinning.ProxyCpu, "yarp-baseline", "--port", PinnedProcesses.Text(yarpPort), "--routes", PinnedProcesses.Text(routes), "--backend-port", PinnedProcesses.Text(backendPort)), yarpPort);
        feed.Publish(Gateway, ++version, table);
        var nodePort = FreePort.Next();
        await using var node = new Proxy("node", PinnedProcesses.StartNode(
            feed.ControlPlane, Gateway.ToString(), $"bench-node-{routes}", nodePort, FreePort.Next(), Path.Combine(stateRoot, $"node-{routes}"), CpuPinning.ProxyCpu), nodePort);
        var applied = await AppliedAsync(node, version, cancellationToken);
        output.WriteLine($"node applied its first table of {routes:N0} routes in {applied:F1} ms (its own measurement)");

        foreach (var proxy in new[] { yarp, node })
        {
            await Probe.WaitUntilRoutedAsync(proxy, SyntheticRepository.Hostname(routes - 1), SyntheticRepository.MatchingPath(routes - 1), StartTimeout, cancellationToken);
            await Probe.ExpectAsync(proxy, SyntheticRepository.Hostname(0), SyntheticRepository.MatchingPath(0), HttpStatusCode.OK, cancellationToken);
            await Probe.ExpectAsync(proxy, "unknown.example.com", SyntheticRepository.MatchingPath(0), HttpStatusCode.NotFound, cancellationToken);
            await wrk.RunAsync(proxy.Port, 0, routes, TimeSpan.FromSeconds(3), cancellationToken);
        }

        var warmRss = (Yarp: yarp.ResidentMegabytes, Node: node.ResidentMegabytes);
        var results = new Dictionary<string, List<WrkResult>> { [yarp.Name] = [], [node.Name] = [] };
        for (var round = 0; round < options.Rounds; round++)
        {
            foreach (var proxy in round % 2 == 0 ? new[] { yarp, node } : [node, yarp])
            {
                var result = await wrk.RunAsync(proxy.Port, 0, routes, TimeSpan.FromSeconds(options.Seconds), cancellationToken);
                results[proxy.Name].Add(result);
                output.WriteLine($"round {round + 1}, {proxy.Name,-10}: {Describe(result)}");
            }
        }

        var loadedRss = (Yarp: yarp.ResidentMegabytes, Node: node.ResidentMegabytes);
        var nodeRps = MedianOf(results[node.Name], result => result.RequestsPerSecond);
        var yarpRps = MedianOf(results[yarp.Name], result => result.RequestsPerSecond);
        output.WriteLine($"| {routes:N0} routes, all hosts in turn | node | plain YARP | node / YARP |");
        output.WriteLine($"| median rps | {nodeRps:N0} | {yarpRps:N0} | **{nodeRps / yarpRps:F2}** |");
        output.WriteLine($"| median p99 | {MedianOf(results[node.Name], result => result.P99Milliseconds):F2} ms | {MedianOf(results[yarp.Name], result => result.P99Milliseconds):F2} ms | |");
        output.WriteLine($"| RSS after warm-up / after load | {warmRss.Node:F0} / {loadedRss.Node:F0} MB | {warmRss.Yarp:F0} / {loadedRss.Yarp:F0} MB | |");
        output.WriteLine($"| failed requests (non-2xx + socket errors) | {results[node.Name].Sum(result => result.Failures)} | {results[yarp.Name].Sum(result => result.Failures)} | |");

        output.WriteLine($"(the node printed {node.Process.Lines.Count:N0} log lines so far; plain YARP, which logs nothing, {yarp.Process.Lines.Count:N0})");
        if (routes == options.Routes.Max())
        {
            await FirstVersusLastAsync(node, routes, cancellationToken);
            await new SwapUnderLoad(wrk, output).RunAsync(node, routes, options.Swaps, swap => Swap(feed, swap % 2 == 1 ? changed : table), cancellationToken);
        }
    }

    private async Task FirstVersusLastAsync(Proxy node, int routes, CancellationToken cancellationToken)
    {
        var first = new List<WrkResult>();
        var last = new List<WrkResult>();
        for (var round = 0; round < options.Rounds; round++)
        {
            foreach (var (index, results) in round % 2 == 0 ? new[] { (0, first), (routes - 1, last) } : [(routes - 1, last), (0, first)])
            {
                var result = await wrk.RunAsync(node.Port, index, 1, TimeSpan.FromSeconds(options.Seconds), cancellationToken);
                results.Add(result);
                output.WriteLine($"round {round + 1}, node, route {index + 1:N0} only: {Describe(result)}");
            }
        }

        var firstRps = MedianOf(first, result => result.RequestsPerSecond);
        var lastRps = MedianOf(last, result => result.RequestsPerSecond);
        output.WriteLine($"| node, one route of {routes:N0} | first | last | last / first |");
        output.WriteLine($"| median rps | {firstRps:N0} | {lastRps:N0} | **{lastRps / firstRps:F2}** |");
        output.WriteLine($"| median p99 | {MedianOf(first, result => result.P99Milliseconds):F2} ms | {MedianOf(last, result => result.P99Milliseconds):F2} ms | |");
    }

    private long Swap(FeedHost feed, RouteTable table)
    {
        feed.Publish(Gateway, ++version, table);
        return version;
    }

    /// <summary>Waits for the node's own log of applying <paramref name="expected"/> and returns the swap time it logged.</summary>
    public static async Task<double> AppliedAsync(Proxy node, long expected, CancellationToken cancellationToken)
    {
        var line = await node.Process.WaitForLineAsync(
            new Regex($@"applied version {expected} \(\w+\) in [0-9.]+ ms"), StartTimeout, cancellationToken);
        return double.Parse(SwapMilliseconds().Match(line).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    public static string Describe(WrkResult result) =>
        $"{result.RequestsPerSecond,9:N0} rps, p50 {result.P50Milliseconds:F2} ms, p99 {result.P99Milliseconds:F2} ms, {result.Requests:N0} requests, {result.Failures} failed";

    public static double MedianOf<T>(IEnumerable<T> items, Func<T, double> value)
    {
        var sorted = items.Select(value).Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    [GeneratedRegex(@" in ([0-9.]+) ms")]
    private static partial Regex SwapMilliseconds();
}
