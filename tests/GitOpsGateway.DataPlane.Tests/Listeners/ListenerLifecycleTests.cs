using System.Net;
using GitOpsGateway.DataPlane.Tests.Support;
using GitOpsGateway.Testing.Echo;
using static GitOpsGateway.DataPlane.Tests.Support.Rules;

namespace GitOpsGateway.DataPlane.Tests.Listeners;

public sealed class ListenerLifecycleTests : IAsyncLifetime
{
    private NodeUnderTest _node = null!;
    private EchoBackend _echo = null!;

    public async ValueTask InitializeAsync()
    {
        _node = await NodeUnderTest.StartAsync();
        _echo = await EchoBackend.StartAsync("echo", cancellationToken: TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _node.DisposeAsync();
        await _echo.DisposeAsync();
    }

    [Fact]
    public async Task a_listener_added_by_a_new_version_opens_and_a_removed_one_closes()
    {
        var first = new TableBuilder().Http("web", 80).Cluster("c", _echo).Rule("web", "*", Prefix("/", To("c"))).Build();
        var second = new TableBuilder().Http("web", 80).Http("extra", 81).Cluster("c", _echo)
            .Rule("web", "*", Prefix("/", To("c"))).Rule("extra", "*", Prefix("/", To("c"))).Build();
        var third = new TableBuilder().Http("extra", 81).Cluster("c", _echo).Rule("extra", "*", Prefix("/", To("c"))).Build();

        await _node.ApplyAsync(first);
        await Assert.ThrowsAsync<HttpRequestException>(() => _node.GetAsync("/", listenerPort: 81));

        await _node.ApplyAsync(second);
        using (var opened = await _node.GetAsync("/on-81", listenerPort: 81))
        {
            Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        }

        await _node.ApplyAsync(third);
        await Assert.ThrowsAsync<HttpRequestException>(() => FreshGetAsync(80));
        using var stillOpen = await _node.GetAsync("/", listenerPort: 81);
        Assert.Equal(HttpStatusCode.OK, stillOpen.StatusCode);
        Assert.Equal([_node.LocalPort(81)], _node.Node.OpenLocalPorts);
    }

    [Fact]
    public async Task a_port_that_cannot_be_bound_is_reported_and_the_table_still_serves_the_others()
    {
        using var squatter = new System.Net.Sockets.TcpListener(IPAddress.Loopback, _node.LocalPort(81));
        squatter.Start();
        var table = new TableBuilder().Http("web", 80).Http("busy", 81).Cluster("c", _echo)
            .Rule("web", "*", Prefix("/", To("c"))).Build();

        var outcome = await _node.TryApplyAsync(table);
        using var response = await _node.GetAsync("/");

        Assert.True(outcome.Applied);
        Assert.Contains(outcome.Errors, error => error.StartsWith("port 81", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<HttpResponseMessage> FreshGetAsync(int listenerPort)
    {
        // A new connection: a pooled one to the closed port would fail for another reason.
        using var client = new HttpClient();
        return await client.GetAsync(_node.Url("/", listenerPort), TestContext.Current.CancellationToken);
    }
}
