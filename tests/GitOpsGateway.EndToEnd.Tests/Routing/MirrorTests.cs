using System.Diagnostics;
using GitOpsGateway.EndToEnd.Tests.Support;
using GitOpsGateway.Testing.Echo;

namespace GitOpsGateway.EndToEnd.Tests.Routing;

/// <summary>RequestMirror: copies reach every mirror (one of them for a percentage), and never hold up the answer.</summary>
[Collection(RoutingCollection.Name)]
public sealed class MirrorTests(RoutingCluster cluster)
{
    private const int Requests = 40;

    [Fact]
    public async Task two_mirrors_get_copies_one_of_every_request_and_the_other_of_about_half()
    {
        var run = Guid.NewGuid().ToString("N");
        for (var index = 0; index < Requests; index++)
        {
            var echo = await cluster.Client.EchoAsync($"http://mirror.test/both?run={run}&n={index}", ("x-trace", run));
            Assert.Equal("main", echo.Backend);
        }

        await Eventually.WaitForAsync(() => Task.FromResult(Copies(cluster.MirrorA.Received, run) == Requests), $"{Requests} copies on mirror-a");
        // Binomial with p = 0.5: the standard deviation is about 3.2, so 5..35 is more than four of them either side.
        await Eventually.WaitForAsync(() => Task.FromResult(Copies(cluster.MirrorB.Received, run) >= 5), "at least 5 copies on mirror-b");
        Assert.InRange(Copies(cluster.MirrorB.Received, run), 5, 35);
        var copy = cluster.MirrorA.Received.First(request => request.Query.Contains(run, StringComparison.Ordinal));
        Assert.Equal(("GET", "/both", run), (copy.Method, copy.Path, copy.Header("x-trace")));
    }

    /// <summary>
    /// The silent mirror never answers and the dead one refuses connections. Had the node waited for either, the
    /// answers would come only after it gave up on the copy, and a copy it gave up on is a closed connection: the
    /// silent mirror still holds its copies open after every answer arrived.
    /// </summary>
    [Fact]
    public async Task a_silent_and_a_dead_mirror_neither_delay_nor_fail_the_request()
    {
        var run = Guid.NewGuid().ToString("N");
        var timer = Stopwatch.StartNew();
        for (var index = 0; index < 5; index++)
        {
            Assert.Equal("main", (await cluster.Client.EchoAsync($"http://mirror.test/unresponsive?run={run}&n={index}")).Backend);
        }

        timer.Stop();
        await Eventually.WaitForAsync(() => Task.FromResult(cluster.Silent.RequestCount >= 1), "a copy on the silent mirror");
        Assert.True(cluster.Silent.WaitingCount >= 1, "the node gave up on every copy to the silent mirror");
        Assert.True(timer.Elapsed < TimeSpan.FromSeconds(10), $"five requests took {timer.Elapsed}");
    }

    private static int Copies(IEnumerable<EchoResponse> received, string run) =>
        received.Count(request => request.Query.Contains(run, StringComparison.Ordinal));
}
