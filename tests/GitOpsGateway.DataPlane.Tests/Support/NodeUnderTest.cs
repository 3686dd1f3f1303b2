using GitOpsGateway.DataPlane.Configuration;
using GitOpsGateway.RouteTables;
using GitOpsGateway.Testing.Processes;
using Microsoft.Extensions.DependencyInjection;

namespace GitOpsGateway.DataPlane.Tests.Support;

/// <summary>
/// A real node on loopback, composed as a host would compose it. Listener ports 80, 81, 443 and 444 of the tables
/// are served on free local ports.
/// </summary>
internal sealed class NodeUnderTest : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private long _version;

    private NodeUnderTest(ServiceProvider services, DataPlaneNode node)
    {
        _services = services;
        Node = node;
        Client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public DataPlaneNode Node { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _services;

    public static async Task<NodeUnderTest> StartAsync(Action<IServiceCollection>? configure = null, Func<DataPlaneOptions, DataPlaneOptions>? adjust = null)
    {
        var ports = new Dictionary<int, int>
        {
            [80] = FreePort.Next(),
            [81] = FreePort.Next(),
            [443] = FreePort.Next(),
            [444] = FreePort.Next(),
        };
        var options = new DataPlaneOptions { Gateway = TableBuilder.Gateway, NodeId = "test-node", Ports = new PortMapping(ports) };
        options = adjust?.Invoke(options) ?? options;
        var services = new ServiceCollection();
        services.AddDataPlaneNode(options);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        var node = provider.GetRequiredService<DataPlaneNode>();
        await node.StartAsync(TestContext.Current.CancellationToken);
        return new NodeUnderTest(provider, node);
    }

    public int LocalPort(int listenerPort) => Node.Options.Ports.LocalPortFor(listenerPort);

    public Uri Url(string pathAndQuery, int listenerPort = 80) => new($"http://127.0.0.1:{LocalPort(listenerPort)}{pathAndQuery}");

    /// <summary>
    /// Applies the table as the next version; fails the test when the node refuses it or cannot open one of its
    /// listeners (a test that wants that uses <see cref="TryApplyAsync"/>).
    /// </summary>
    public async Task<ApplyOutcome> ApplyAsync(RouteTable table)
    {
        var outcome = await TryApplyAsync(table);
        Assert.True(outcome.Applied, string.Join("; ", outcome.Errors));

        // A listener that could not open leaves its port to whoever holds it: the test would talk to that server.
        Assert.DoesNotContain(outcome.Errors, error => error.Contains("cannot listen", StringComparison.Ordinal));
        return outcome;
    }

    public Task<ApplyOutcome> TryApplyAsync(RouteTable table) =>
        Node.ApplyAsync(Interlocked.Increment(ref _version), RouteTableHash.Compute(table), table, TestContext.Current.CancellationToken);

    public Task<HttpResponseMessage> GetAsync(string pathAndQuery, string? host = null, int listenerPort = 80)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Url(pathAndQuery, listenerPort));
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        return Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Node.StopAsync(CancellationToken.None);
        await _services.DisposeAsync();
    }
}
