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

    [Fact]
    public void a_port_handed_out_is_never_one_a_port_0_listener_or_an_outgoing_connection_can_be_given()
    {
        var ephemeral = EphemeralPortRange.OfThisMachine();

        var ports = Enumerable.Range(0, 32).Select(_ => FreePort.Next()).ToList();

        Assert.All(ports, port => Assert.False(ephemeral.Contains(port), $"port {port} lies in the ephemeral range {ephemeral}"));
    }

    [Fact]
    public void port_0_listeners_opened_after_the_hand_out_never_get_a_handed_out_port()
    {
        var handedOut = Enumerable.Range(0, 32).Select(_ => FreePort.Next()).ToHashSet();
        var listeners = new List<TcpListener>();
        try
        {
            for (var index = 0; index < 2000; index++)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                listeners.Add(listener);
            }

            Assert.DoesNotContain(listeners, listener => handedOut.Contains(((IPEndPoint)listener.LocalEndpoint).Port));
        }
        finally
        {
            listeners.ForEach(listener => listener.Stop());
        }
    }

    [Fact]
    public void the_candidates_skip_the_ephemeral_range_even_when_it_starts_low()
    {
        var candidates = FreePort.CandidatePorts(new EphemeralPortRange(10000, 60999));

        Assert.NotEmpty(candidates);
        Assert.All(candidates, port => Assert.True(port is >= 1024 and < 10000 or > 60999, $"port {port}"));
    }
}
