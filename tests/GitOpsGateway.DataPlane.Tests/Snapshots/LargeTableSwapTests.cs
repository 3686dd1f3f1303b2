using GitOpsGateway.DataPlane.Tests.Support;
using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Clusters;
using GitOpsGateway.Testing.Echo;
using static GitOpsGateway.DataPlane.Tests.Support.Rules;

namespace GitOpsGateway.DataPlane.Tests.Snapshots;

/// <summary>
/// Large tables and many swaps keep the node serving the newest table. Swap times and memory are measured by the
/// <c>node</c> benchmark with load running (docs/benchmarks.md), never asserted here.
/// </summary>
public sealed class LargeTableSwapTests
{
    private const int Hosts = 1_000;
    private const int PathsPerHost = 10;
    private const int Clusters = 1_000;

    [Fact]
    public async Task a_10000_route_table_swapped_five_times_serves_its_last_route_from_the_changed_backend()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var original = await EchoBackend.StartAsync("original", new EchoBackendOptions { RecordRequests = false }, cancellation);
        await using var changed = await EchoBackend.StartAsync("changed", new EchoBackendOptions { RecordRequests = false }, cancellation);
        await using var node = await NodeUnderTest.StartAsync();

        await node.ApplyAsync(LargeTable(original.Port, changed.Port, changedVariant: false));
        for (var swap = 0; swap < 5; swap++)
        {
            await node.ApplyAsync(LargeTable(original.Port, changed.Port, changedVariant: swap % 2 == 0));
        }

        using var last = await node.GetAsync($"/path-{PathsPerHost - 1}/x", host: $"host-{Hosts - 1}.example.com");
        using var first = await node.GetAsync("/path-0/x", host: "host-0.example.com");
        Assert.Equal("original", (await EchoResponse.ReadAsync(last, cancellation)).Backend);
        Assert.Equal("changed", (await EchoResponse.ReadAsync(first, cancellation)).Backend);
        Assert.Equal(6, node.Node.ServingVersion);
    }

    [Fact]
    public async Task after_a_hundred_small_swaps_the_node_serves_the_last_table()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var even = await EchoBackend.StartAsync("even", new EchoBackendOptions { RecordRequests = false }, cancellation);
        await using var odd = await EchoBackend.StartAsync("odd", new EchoBackendOptions { RecordRequests = false }, cancellation);
        await using var node = await NodeUnderTest.StartAsync();
        for (var swap = 0; swap < 100; swap++)
        {
            var backend = swap % 2 == 0 ? even : odd;
            await node.ApplyAsync(new TableBuilder().Http().Cluster(backend.Name, backend).Rule(Prefix("/", To(backend.Name))).Build());
        }

        using var response = await node.GetAsync("/");
        Assert.Equal("odd", (await EchoResponse.ReadAsync(response, cancellation)).Backend);
        Assert.Equal(100, node.Node.ServingVersion);
    }

    /// <summary>1,000 hosts × 10 path prefixes over 1,000 clusters; the changed variant sends host-0's first path elsewhere.</summary>
    private static RouteTable LargeTable(int originalPort, int changedPort, bool changedVariant)
    {
        var builder = new TableBuilder().Http().Cluster("apps/changed:80", ClusterProtocol.Http1, changedPort);
        for (var cluster = 0; cluster < Clusters; cluster++)
        {
            builder.Cluster($"apps/svc-{cluster}:80", ClusterProtocol.Http1, originalPort);
        }

        for (var host = 0; host < Hosts; host++)
        {
            for (var path = 0; path < PathsPerHost; path++)
            {
                var cluster = host == 0 && path == 0 && changedVariant ? "apps/changed:80" : $"apps/svc-{(host * PathsPerHost + path) % Clusters}:80";
                builder.Rule("http", $"host-{host}.example.com", Prefix($"/path-{path}", To(cluster)));
            }
        }

        return builder.Build();
    }
}
