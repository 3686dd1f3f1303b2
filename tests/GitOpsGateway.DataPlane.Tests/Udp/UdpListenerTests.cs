using System.Net;
using System.Net.Sockets;
using GitOpsGateway.DataPlane.Tests.Support;
using GitOpsGateway.RouteTables.Clusters;
using static GitOpsGateway.DataPlane.Tests.Support.Rules;

namespace GitOpsGateway.DataPlane.Tests.Udp;

public sealed class UdpListenerTests : IAsyncLifetime
{
    private NodeUnderTest _node = null!;

    public async ValueTask InitializeAsync() => _node = await NodeUnderTest.StartAsync();

    public async ValueTask DisposeAsync() => await _node.DisposeAsync();

    [Fact]
    public async Task a_datagram_reaches_the_backend_and_its_reply_comes_back_from_the_listener_port()
    {
        await using var backend = new UdpEchoServer("a");
        var outcome = await _node.ApplyAsync(UdpTable(("a", backend.Port, 1)));
        using var client = new UdpTestClient(_node.LocalPort(81));

        var reply = await client.AskAsync("ping");

        Assert.Empty(outcome.Errors);
        Assert.Equal([_node.LocalPort(81)], _node.Node.OpenLocalUdpPorts);
        Assert.Equal("a:ping", reply);
    }

    [Fact]
    public async Task two_clients_talking_at_once_each_get_only_their_own_replies()
    {
        await using var backend = new UdpEchoServer("a");
        await _node.ApplyAsync(UdpTable(("a", backend.Port, 1)));
        using var first = new UdpTestClient(_node.LocalPort(81));
        using var second = new UdpTestClient(_node.LocalPort(81));

        async Task<List<string?>> TalkAsync(UdpTestClient client, string name)
        {
            var replies = new List<string?>();
            for (var index = 0; index < 20; index++)
            {
                replies.Add(await client.AskAsync($"{name}-{index}"));
            }

            return replies;
        }

        var answers = await Task.WhenAll(TalkAsync(first, "first"), TalkAsync(second, "second"));

        Assert.Equal(Enumerable.Range(0, 20).Select(index => $"a:first-{index}"), answers[0]);
        Assert.Equal(Enumerable.Range(0, 20).Select(index => $"a:second-{index}"), answers[1]);
        Assert.Equal(2, backend.DistinctSources);
    }

    [Fact]
    public async Task new_clients_are_split_across_backends_by_weight_and_keep_their_backend()
    {
        await using var heavy = new UdpEchoServer("heavy");
        await using var light = new UdpEchoServer("light");
        await _node.ApplyAsync(UdpTable(("heavy", heavy.Port, 3), ("light", light.Port, 1)));
        var counts = new Dictionary<string, int>(StringComparer.Ordinal) { ["heavy"] = 0, ["light"] = 0 };
        var sticky = 0;
        for (var index = 0; index < 200; index++)
        {
            using var client = new UdpTestClient(_node.LocalPort(81));
            var first = await client.AskAsync("x") ?? "";
            var again = await client.AskAsync("x");
            counts[first.Split(':')[0]]++;
            sticky += first == again ? 1 : 0;
        }

        // Expected 150/50; the bounds are five standard deviations (6.1) away.
        Assert.InRange(counts["heavy"], 120, 180);
        Assert.Equal(200, counts["heavy"] + counts["light"]);
        Assert.Equal(200, sticky);
    }

    [Fact]
    public async Task a_version_without_the_udp_listener_closes_its_port()
    {
        await using var backend = new UdpEchoServer("a");
        await _node.ApplyAsync(UdpTable(("a", backend.Port, 1)));
        using var client = new UdpTestClient(_node.LocalPort(81));
        Assert.Equal("a:before", await client.AskAsync("before"));

        await _node.ApplyAsync(new TableBuilder().Http().Build());

        Assert.Empty(_node.Node.OpenLocalUdpPorts);
        using var rebind = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        rebind.Bind(new IPEndPoint(IPAddress.Loopback, _node.LocalPort(81)));
        Assert.Null(await client.AskAsync("after", attempts: 1, wait: TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task a_version_that_changes_the_backend_moves_sessions_to_the_new_backend()
    {
        await using var before = new UdpEchoServer("before");
        await using var after = new UdpEchoServer("after");
        await _node.ApplyAsync(UdpTable(("before", before.Port, 1)));
        using var existing = new UdpTestClient(_node.LocalPort(81));
        Assert.Equal("before:1", await existing.AskAsync("1"));

        await _node.ApplyAsync(UdpTable(("after", after.Port, 1)));
        using var newcomer = new UdpTestClient(_node.LocalPort(81));

        Assert.Equal("after:2", await newcomer.AskAsync("2"));
        Assert.Equal("after:3", await existing.AskAsync("3"));
    }

    [Fact]
    public async Task a_version_that_keeps_the_route_keeps_the_session_and_its_backend()
    {
        await using var first = new UdpEchoServer("first");
        await using var second = new UdpEchoServer("second");
        await _node.ApplyAsync(UdpTable(("first", first.Port, 1)));
        using var client = new UdpTestClient(_node.LocalPort(81));
        Assert.Equal("first:1", await client.AskAsync("1"));

        // The same route gains a second backend and an HTTP listener appears: the session keeps its backend.
        await _node.ApplyAsync(UdpTable(new TableBuilder().Http(), ("first", first.Port, 1), ("second", second.Port, 1000)));

        Assert.Equal("first:2", await client.AskAsync("2"));
        Assert.Equal(1, first.DistinctSources);
        Assert.Equal(0, second.DistinctSources);
    }

    [Fact]
    public async Task a_session_idle_longer_than_the_timeout_starts_over_on_a_new_backend_socket()
    {
        await using var node = await NodeUnderTest.StartAsync(adjust: options => options with { UdpSessionIdleTimeout = TimeSpan.FromMilliseconds(200) });
        await using var backend = new UdpEchoServer("a");
        await node.ApplyAsync(UdpTable(("a", backend.Port, 1)));
        using var client = new UdpTestClient(node.LocalPort(81));
        Assert.Equal("a:1", await client.AskAsync("1"));
        Assert.Equal("a:2", await client.AskAsync("2"));
        Assert.Equal(1, backend.DistinctSources);

        // Idleness is what is under test here, so the test waits well past the timeout and its sweep.
        await Task.Delay(TimeSpan.FromMilliseconds(800), TestContext.Current.CancellationToken);

        Assert.Equal("a:3", await client.AskAsync("3"));
        Assert.Equal(2, backend.DistinctSources);
    }

    [Fact]
    public async Task a_port_at_its_session_limit_drops_new_clients_and_keeps_serving_its_sessions()
    {
        await using var node = await NodeUnderTest.StartAsync(adjust: options => options with { UdpMaxSessionsPerPort = 1 });
        await using var backend = new UdpEchoServer("a");
        await node.ApplyAsync(UdpTable(("a", backend.Port, 1)));
        using var first = new UdpTestClient(node.LocalPort(81));
        using var second = new UdpTestClient(node.LocalPort(81));
        Assert.Equal("a:1", await first.AskAsync("1"));

        var refused = await second.AskAsync("2", attempts: 2, wait: TimeSpan.FromMilliseconds(300));

        Assert.Null(refused);
        Assert.Equal("a:3", await first.AskAsync("3"));
        Assert.Equal(1, backend.DistinctSources);
    }

    [Fact]
    public async Task tcp_and_udp_listeners_may_share_a_port_number()
    {
        await using var udp = new UdpEchoServer("udp");
        await using var tcp = new TcpEchoServer();
        var table = UdpTable(new TableBuilder().Tcp("tcp", 81).Cluster("raw", ClusterProtocol.Tcp, tcp.Port).L4("tcp", [], To("raw")), ("udp", udp.Port, 1));

        var outcome = await _node.ApplyAsync(table);

        Assert.Empty(outcome.Errors);
        Assert.Equal([_node.LocalPort(81)], _node.Node.OpenLocalPorts);
        Assert.Equal([_node.LocalPort(81)], _node.Node.OpenLocalUdpPorts);
    }

    private static RouteTables.RouteTable UdpTable(params (string Name, int Port, int Weight)[] backends) =>
        UdpTable(new TableBuilder(), backends);

    private static RouteTables.RouteTable UdpTable(TableBuilder builder, params (string Name, int Port, int Weight)[] backends)
    {
        builder.Udp("udp", 81);
        foreach (var backend in backends)
        {
            builder.Cluster(backend.Name, ClusterProtocol.Udp, backend.Port);
        }

        return builder.L4("udp", [], [.. backends.Select(backend => To(backend.Name, backend.Weight))]).Build();
    }
}
