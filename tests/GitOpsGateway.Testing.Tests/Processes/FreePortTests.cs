using System.Net;
using System.Net.Sockets;
using GitOpsGateway.Testing.Processes;

namespace GitOpsGateway.Testing.Tests.Processes;

public sealed class FreePortTests
{
    [Fact]
    public async Task ports_handed_out_concurrently_are_distinct_and_bindable()
    {
        var ports = await Task.WhenAll(
            Enumerable.Range(0, 64).Select(_ => Task.Run(FreePort.Next, TestContext.Current.CancellationToken)));

        Assert.Equal(ports.Length, ports.Distinct().Count());
        using var listener = new TcpListener(IPAddress.Loopback, ports[0]);
        listener.Start();
        Assert.Equal(ports[0], ((IPEndPoint)listener.LocalEndpoint).Port);
    }
}
