using System.Diagnostics;
using System.Net;
using GitOpsGateway.DataPlane.Filters;
using GitOpsGateway.DataPlane.Tests.Support;
using GitOpsGateway.RouteTables.Filters;
using GitOpsGateway.Testing.Echo;
using Microsoft.Extensions.DependencyInjection;
using static GitOpsGateway.DataPlane.Tests.Support.Rules;

namespace GitOpsGateway.DataPlane.Tests.Filters;

public sealed class MirrorTests : IAsyncLifetime
{
    private NodeUnderTest _node = null!;
    private EchoBackend _primary = null!;
    private EchoBackend _mirror = null!;

    public async ValueTask InitializeAsync()
    {
        _node = await NodeUnderTest.StartAsync();
        _primary = await EchoBackend.StartAsync("primary", cancellationToken: TestContext.Current.CancellationToken);
        _mirror = await EchoBackend.StartAsync("mirror", cancellationToken: TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _node.DisposeAsync();
        await _primary.DisposeAsync();
        await _mirror.DisposeAsync();
    }

    [Fact]
    public async Task a_mirrored_request_reaches_the_mirror_while_the_response_comes_from_the_primary()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await _node.ApplyAsync(new TableBuilder().Http().Cluster("primary", _primary).Cluster("mirror", _mirror)
            .Rule(Prefix("/", To("primary")) with { Filters = [SetRequestHeader("x-seen", "by-both"), new RequestMirrorFilter { ClusterId = "mirror" }] })
            .Build());
        using var request = new HttpRequestMessage(HttpMethod.Post, _node.Url("/orders?id=7")) { Content = new StringContent("{\"n\":1}") };

        using var response = await _node.Client.SendAsync(request, cancellation);

        Assert.Equal("primary", (await EchoResponse.ReadAsync(response, cancellation)).Backend);
        var copy = await _mirror.WaitForPathAsync("/orders", TimeSpan.FromSeconds(10), cancellation);
        Assert.Equal("POST", copy.Method);
        Assert.Equal("?id=7", copy.Query);
        Assert.Equal("by-both", copy.Header("x-seen"));
        Assert.Equal("7", copy.Header("Content-Length"));
    }

    [Fact]
    public async Task the_mirror_copy_carries_an_added_header_as_the_same_single_line_the_primary_gets()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var modifier = new RequestHeaderModifierFilter { Add = [new HttpHeader { Name = "X-Header-Add-Append", Value = "header-val-2" }] };
        await _node.ApplyAsync(new TableBuilder().Http().Cluster("primary", _primary).Cluster("mirror", _mirror)
            .Rule(Prefix("/", To("primary")) with { Filters = [modifier, new RequestMirrorFilter { ClusterId = "mirror" }] })
            .Build());
        using var request = new HttpRequestMessage(HttpMethod.Get, _node.Url("/percent-mirror-and-modify-headers"));
        request.Headers.Add("X-Header-Add-Append", "append-val-1");

        using var response = await _node.Client.SendAsync(request, cancellation);

        Assert.Equal(["append-val-1,header-val-2"], (await EchoResponse.ReadAsync(response, cancellation)).HeaderValues("X-Header-Add-Append"));
        var copy = await _mirror.WaitForPathAsync("/percent-mirror-and-modify-headers", TimeSpan.FromSeconds(10), cancellation);
        Assert.Equal(["append-val-1,header-val-2"], copy.HeaderValues("X-Header-Add-Append"));
    }

    [Fact]
    public async Task a_slow_mirror_does_not_delay_the_response()
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var release = new SemaphoreSlim(0);
        await using var slow = await ScriptedBackend.StartAsync(async (context, _) => await release.WaitAsync(TimeSpan.FromSeconds(20), CancellationToken.None));
        await _node.ApplyAsync(new TableBuilder().Http().Cluster("primary", _primary).Cluster("slow", ClusterProtocolHttp1, slow.Port)
            .Rule(Prefix("/", To("primary")) with { Filters = [new RequestMirrorFilter { ClusterId = "slow" }] })
            .Build());

        var timer = Stopwatch.StartNew();
        for (var index = 0; index < 5; index++)
        {
            using var response = await _node.GetAsync("/fast");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        timer.Stop();
        await WaitUntilAsync(() => slow.RequestCount == 5);
        release.Release(5);

        // Five answers while the mirror holds every copy: had one waited for its mirror, it would still be waiting.
        Assert.True(timer.Elapsed < TimeSpan.FromSeconds(10), $"five requests took {timer.Elapsed}");
    }

    [Fact]
    public async Task a_mirror_fraction_of_zero_never_mirrors_and_counts_nothing_sent()
    {
        await _node.ApplyAsync(new TableBuilder().Http().Cluster("primary", _primary).Cluster("mirror", _mirror)
            .Rule(Prefix("/", To("primary")) with { Filters = [new RequestMirrorFilter { ClusterId = "mirror", Fraction = new MirrorFraction { Numerator = 0 } }] })
            .Build());

        for (var index = 0; index < 20; index++)
        {
            using var response = await _node.GetAsync("/");
        }

        var sender = _node.Services.GetRequiredService<MirrorSender>();
        Assert.Equal(20, _primary.RequestCount);
        Assert.Equal(0, _mirror.RequestCount);
        Assert.Equal(0, sender.Sent + sender.Dropped);
    }

    private const RouteTables.Clusters.ClusterProtocol ClusterProtocolHttp1 = RouteTables.Clusters.ClusterProtocol.Http1;

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not hold within 10 s");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }
}
