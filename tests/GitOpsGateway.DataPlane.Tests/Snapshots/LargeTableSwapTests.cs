using System.Diagnostics;
using GitOpsGateway.DataPlane.Tests.Support;
using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Clusters;
using GitOpsGateway.RouteTables.Http;
using GitOpsGateway.Testing.Echo;
using static GitOpsGateway.DataPlane.Tests.Support.Rules;

namespace GitOpsGateway.DataPlane.Tests.Snapshots;

/// <summary>
/// Measures what a large table costs the node, for the record (ADR 0005): the times and sizes are written to the
/// test output and only sanity-checked, never asserted against a budget, because shared machines vary.
/// </summary>
public sealed class SwapMeasurementTests
{
    private const int Hosts = 1_000;
    private const int PathsPerHost = 10;
    private const int Clusters = 1_000;

    [Fact]
    public async Task swapping_a_10000_route_table_is_measured_and_it_serves_its_last_route()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var echo = await EchoBackend.StartAsync("echo", new EchoBackendOptions { RecordRequests = false }, cancellation);
        await using var node = await NodeUnderTest.StartAsync();
        var output = TestContext.Current.TestOutputHelper;
        var baseline = Rss();

        var first = await node.ApplyAsync(LargeTable(echo.Port, variant: 0));
        var afterFirst = Rss();
        var swaps = new List<double>();
        for (var variant = 1; variant <= 5; variant++)
        {
            var outcome = await node.ApplyAsync(LargeTable(echo.Port, variant));
            swaps.Add(outcome.SwapDuration.TotalMilliseconds);
        }

        using var response = await node.GetAsync($"/path-{PathsPerHost - 1}/x", host: $"host-{Hosts - 1}.example.com");
        var served = await EchoResponse.ReadAsync(response, cancellation);
        var steady = Rss();
        output?.WriteLine($"10,000 routes on {Hosts} hosts, {Clusters} clusters: first apply {first.SwapDuration.TotalMilliseconds:F0} ms; " +
            $"swaps with one route changed {string.Join(", ", swaps.Select(swap => swap.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))} ms");
        output?.WriteLine($"RSS: {baseline / 1_048_576} MiB before, {afterFirst / 1_048_576} MiB after the first apply, {steady / 1_048_576} MiB after 5 swaps");

        var table = LargeTable(echo.Port, variant: 9);
        var phase = Stopwatch.StartNew();
        var errors = RouteTables.Validation.RouteTableValidator.Validate(table);
        var validate = phase.Elapsed.TotalMilliseconds;
        phase.Restart();
        _ = Routing.CompiledRouter.Build(table);
        var build = phase.Elapsed.TotalMilliseconds;
        phase.Restart();
        _ = table.Clusters.Select(GitOpsGateway.DataPlane.Clusters.YarpClusterBuilder.Build).ToList();
        var clusters = phase.Elapsed.TotalMilliseconds;
        output?.WriteLine($"phases of one apply: validate {validate:F0} ms, router build {build:F0} ms, YARP cluster configs {clusters:F0} ms; the rest is YARP's update and the swap");

        Assert.Empty(errors);
        Assert.Equal("echo", served.Backend);
        Assert.True(first.SwapDuration > TimeSpan.Zero);
    }

    [Fact]
    public async Task swapping_a_small_table_is_measured()
    {
        await using var echo = await EchoBackend.StartAsync("echo", new EchoBackendOptions { RecordRequests = false }, TestContext.Current.CancellationToken);
        await using var node = await NodeUnderTest.StartAsync();
        var timer = Stopwatch.StartNew();
        for (var swap = 0; swap < 100; swap++)
        {
            await node.ApplyAsync(new TableBuilder().Http().Cluster($"c{swap % 2}", echo).Rule(Prefix("/", To($"c{swap % 2}"))).Build());
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"100 small swaps: {timer.Elapsed.TotalMilliseconds / 100:F1} ms each");
        Assert.NotNull(node.Node.ServingVersion);
    }

    private static long Rss()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    /// <summary>1,000 hosts × 10 path prefixes; each variant changes the backend of one route.</summary>
    private static RouteTable LargeTable(int port, int variant)
    {
        var builder = new TableBuilder().Http();
        for (var cluster = 0; cluster < Clusters; cluster++)
        {
            builder.Cluster($"apps/svc-{cluster}:80", ClusterProtocol.Http1, port);
        }

        for (var host = 0; host < Hosts; host++)
        {
            for (var path = 0; path < PathsPerHost; path++)
            {
                var cluster = (host * PathsPerHost + path + (host == 0 && path == 0 ? variant : 0)) % Clusters;
                builder.Rule("http", $"host-{host}.example.com", Prefix($"/path-{path}", To($"apps/svc-{cluster}:80")));
            }
        }

        return builder.Build();
    }
}
