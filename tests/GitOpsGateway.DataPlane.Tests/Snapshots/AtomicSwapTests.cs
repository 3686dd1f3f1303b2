using System.Net;
using GitOpsGateway.DataPlane.Clusters;
using GitOpsGateway.DataPlane.Tests.Support;
using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Clusters;
using GitOpsGateway.Testing.Echo;
using Microsoft.Extensions.DependencyInjection;
using static GitOpsGateway.DataPlane.Tests.Support.Rules;

namespace GitOpsGateway.DataPlane.Tests.Snapshots;

public sealed class AtomicSwapTests : IAsyncLifetime
{
    private NodeUnderTest _node = null!;
    private EchoBackend _blue = null!;
    private EchoBackend _green = null!;
    private long _answered;

    public async ValueTask InitializeAsync()
    {
        _node = await NodeUnderTest.StartAsync();
        var quiet = new EchoBackendOptions { RecordRequests = false };
        _blue = await EchoBackend.StartAsync("blue", quiet, TestContext.Current.CancellationToken);
        _green = await EchoBackend.StartAsync("green", quiet, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _node.DisposeAsync();
        await _blue.DisposeAsync();
        await _green.DisposeAsync();
    }

    /// <summary>
    /// Both tables route "/" to a cluster with the SAME id whose endpoint differs, and stamp the request with their
    /// own name: a request that mixed one table's router with the other's cluster would reach the wrong backend.
    /// </summary>
    private RouteTable Table(string name, EchoBackend backend) => new TableBuilder().Http()
        .Cluster("apps/web:80", backend)
        .Rule(Prefix("/", To("apps/web:80", 1, SetRequestHeader("x-table", name))))
        .Build();

    [Fact]
    public async Task five_hundred_swaps_under_load_fail_no_request_and_never_mix_tables()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var blue = Table("blue", _blue);
        var green = Table("green", _green);
        await _node.ApplyAsync(blue);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var clients = Enumerable.Range(0, 4).Select(_ => Task.Run(() => LoopAsync(stop.Token), cancellation)).ToList();

        var timer = System.Diagnostics.Stopwatch.StartNew();
        for (var swap = 0; swap < 500; swap++)
        {
            // Every swap lands between requests: wait for at least one more answer before the next.
            var answered = Interlocked.Read(ref _answered);
            await _node.ApplyAsync(swap % 2 == 0 ? green : blue);
            while (Interlocked.Read(ref _answered) == answered)
            {
                await Task.Yield();
            }
        }

        await stop.CancelAsync();
        var results = await Task.WhenAll(clients);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"500 swaps in {timer.Elapsed.TotalSeconds:F1} s while 4 clients sent {results.Sum(result => result.Count)} requests");

        var all = results.SelectMany(result => result).ToList();
        Assert.True(all.Count >= 500, $"only {all.Count} requests ran during the swaps");
        Assert.Empty(all.Where(result => result.Failure is not null).Select(result => result.Failure));
        Assert.All(all, result => Assert.Equal(result.Table, result.Backend));
        Assert.Contains(all, result => result.Backend == "blue");
        Assert.Contains(all, result => result.Backend == "green");
    }

    [Fact]
    public async Task a_slow_request_finishes_on_its_table_after_a_swap_removes_its_cluster()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var recorded = await EchoBackend.StartAsync("recorded", cancellationToken: cancellation);
        await _node.ApplyAsync(new TableBuilder().Http().Cluster("old", recorded).Rule(Prefix("/", To("old"))).Build());
        var slow = _node.GetAsync("/slow?delay=1s");
        await recorded.WaitForPathAsync("/slow", TimeSpan.FromSeconds(10), cancellation);

        await _node.ApplyAsync(new TableBuilder().Http().Cluster("new", _green).Rule(Prefix("/", To("new"))).Build());
        var clusters = _node.Services.GetRequiredService<ProxyClusterSet>();
        var stillThere = clusters.YarpClusterIds().Any(id => id.StartsWith("old#", StringComparison.Ordinal));
        using var response = await slow;

        Assert.True(stillThere, "the old table's cluster left YARP while a request still used it");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("recorded", (await EchoResponse.ReadAsync(response, cancellation)).Backend);
        await WaitUntilAsync(() => !clusters.YarpClusterIds().Any(id => id.StartsWith("old#", StringComparison.Ordinal)));
        using var next = await _node.GetAsync("/after");
        Assert.Equal("green", (await EchoResponse.ReadAsync(next, cancellation)).Backend);
    }

    [Fact]
    public async Task a_refused_table_leaves_the_previous_one_serving()
    {
        await _node.ApplyAsync(Table("blue", _blue));
        var broken = new TableBuilder().Http().Rule(Prefix("/", To("missing-cluster"))).Build();

        var outcome = await _node.TryApplyAsync(broken);
        using var response = await _node.GetAsync("/");

        Assert.False(outcome.Applied);
        Assert.Contains(outcome.Errors, error => error.Contains("missing-cluster", StringComparison.Ordinal));
        Assert.Equal(outcome.Version - 1, outcome.ServingVersion);
        Assert.Equal("blue", (await EchoResponse.ReadAsync(response, TestContext.Current.CancellationToken)).Backend);
    }

    [Fact]
    public async Task applying_the_served_version_again_changes_nothing_even_after_a_refusal()
    {
        var table = Table("blue", _blue);
        var first = await _node.Node.ApplyAsync(7, "hash-7", table, TestContext.Current.CancellationToken);

        var refused = await _node.Node.ApplyAsync(8, "hash-8", table with { Gateway = new NamespacedName { Namespace = "x", Name = "y" } }, TestContext.Current.CancellationToken);
        var again = await _node.Node.ApplyAsync(7, "hash-7", table, TestContext.Current.CancellationToken);

        Assert.False(refused.Applied);
        Assert.True(again.Applied);
        Assert.Equal(first.Version, again.ServingVersion);
        Assert.Equal(first.SwapDuration, again.SwapDuration);
    }

    [Fact]
    public async Task a_table_for_another_gateway_is_refused()
    {
        var table = Table("blue", _blue) with { Gateway = new NamespacedName { Namespace = "infra", Name = "other" } };

        var outcome = await _node.TryApplyAsync(table);

        Assert.False(outcome.Applied);
        Assert.Null(_node.Node.ServingVersion);
    }

    [Fact]
    public async Task a_changed_endpoint_becomes_a_new_yarp_cluster_and_an_unchanged_one_is_reused()
    {
        var first = YarpClusterBuilder.Build(new Cluster
        {
            Id = "apps/web:80",
            Protocol = ClusterProtocol.Http1,
            Resolution = EndpointResolution.EndpointSlice,
            Endpoints = [new ClusterEndpoint { Address = "10.0.0.1", Port = 80 }],
        });
        var same = YarpClusterBuilder.Build(new Cluster
        {
            Id = "apps/web:80",
            Protocol = ClusterProtocol.Http1,
            Resolution = EndpointResolution.EndpointSlice,
            Endpoints = [new ClusterEndpoint { Address = "10.0.0.1", Port = 80 }],
        });
        var moved = YarpClusterBuilder.Build(new Cluster
        {
            Id = "apps/web:80",
            Protocol = ClusterProtocol.Http1,
            Resolution = EndpointResolution.EndpointSlice,
            Endpoints = [new ClusterEndpoint { Address = "10.0.0.2", Port = 80 }],
        });

        Assert.Equal(first.ClusterId, same.ClusterId);
        Assert.NotEqual(first.ClusterId, moved.ClusterId);
        Assert.Equal("http://10.0.0.2:80", moved.Destinations!.Single().Value.Address);
    }

    private async Task<List<LoadResult>> LoopAsync(CancellationToken stop)
    {
        var results = new List<LoadResult>();
        using var client = new HttpClient();
        while (!stop.IsCancellationRequested)
        {
            try
            {
                using var response = await client.GetAsync(_node.Url("/load"), CancellationToken.None);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    results.Add(new LoadResult("", "", $"status {(int)response.StatusCode}"));
                    continue;
                }

                var echo = await EchoResponse.ReadAsync(response, CancellationToken.None);
                results.Add(new LoadResult(echo.Header("x-table") ?? "", echo.Backend, null));
            }
            catch (HttpRequestException exception)
            {
                results.Add(new LoadResult("", "", exception.Message));
            }
            finally
            {
                Interlocked.Increment(ref _answered);
            }
        }

        return results;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not hold within 10 s");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }

    private sealed record LoadResult(string Table, string Backend, string? Failure);
}
