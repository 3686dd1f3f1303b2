using System.Net;
using GitOpsGateway.DataPlane.Configuration;
using GitOpsGateway.DataPlane.Tests.Support;
using GitOpsGateway.RouteTables;
using GitOpsGateway.RouteTables.Serialization;
using GitOpsGateway.Testing.Echo;
using GitOpsGateway.Testing.Processes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using static GitOpsGateway.DataPlane.Tests.Support.Rules;

namespace GitOpsGateway.DataPlane.Tests;

public sealed class HostCompositionTests
{
    [Fact]
    public async Task a_web_application_hosts_the_node_beside_its_own_endpoints_and_serves_a_table_read_from_json()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var echo = await EchoBackend.StartAsync("echo", cancellationToken: cancellation);
        var listenerPort = FreePort.Next();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "host-under-test" });
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRoutingCore();
        builder.Services.AddDataPlaneNode(new DataPlaneOptions
        {
            Gateway = TableBuilder.Gateway,
            Ports = new PortMapping(new Dictionary<int, int> { [80] = listenerPort }),
        });
        await using var application = builder.Build();
        application.UseRouting();
        application.MapGet("/healthz", () => "ok");
        await application.StartAsync(cancellation);

        // The table travels as canonical JSON, as the node feed delivers it.
        var json = RouteTableSerializer.ToCanonicalJson(new TableBuilder().Http().Cluster("c", echo).Rule(Prefix("/", To("c"))).Build());
        var table = RouteTableSerializer.FromJson(json);
        var node = application.Services.GetRequiredService<DataPlaneNode>();
        var outcome = await node.ApplyAsync(1, RouteTableHash.Compute(table), table, cancellation);

        using var client = new HttpClient();
        using var proxied = await client.GetAsync($"http://127.0.0.1:{listenerPort}/through-the-node", cancellation);
        var health = await client.GetStringAsync($"{application.Urls.Single()}/healthz", cancellation);
        await application.StopAsync(cancellation);

        Assert.True(outcome.Applied, string.Join("; ", outcome.Errors));
        Assert.Equal("/through-the-node", (await EchoResponse.ReadAsync(proxied, cancellation)).Path);
        Assert.Equal("ok", health);
        Assert.Empty(node.OpenLocalPorts);
    }
}
