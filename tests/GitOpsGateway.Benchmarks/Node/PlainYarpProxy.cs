using System.Globalization;
using GitOpsGateway.Benchmarks.Synthetic;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy.Configuration;

namespace GitOpsGateway.Benchmarks.Node;

/// <summary>
/// The baseline: YARP as its documentation sets it up, with one <see cref="RouteConfig"/> per synthetic route (its
/// host and path prefix) and one <see cref="ClusterConfig"/> per Service, all sending to the same local backend,
/// from in-memory config. Nothing of the product runs here.
/// </summary>
internal static class PlainYarpProxy
{
    public static async Task RunAsync(int port, int routes, int backendPort, CancellationToken cancellationToken)
    {
        var services = routes / SyntheticRepository.Teams;
        var clusters = Enumerable.Range(0, services).Select(service => new ClusterConfig
        {
            ClusterId = ClusterId(service),
            Destinations = new Dictionary<string, DestinationConfig>
            {
                ["local"] = new() { Address = $"http://127.0.0.1:{backendPort.ToString(CultureInfo.InvariantCulture)}" },
            },
        }).ToList();
        var routeConfigs = Enumerable.Range(0, routes).Select(route => new RouteConfig
        {
            RouteId = SyntheticRepository.RouteName(route),
            ClusterId = ClusterId(route % services),
            Match = new RouteMatch
            {
                Hosts = [SyntheticRepository.Hostname(route)],
                Path = SyntheticRepository.PathPrefix(route) + "/{**rest}",
            },
        }).ToList();

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenLocalhost(port));
        builder.Services.AddReverseProxy().LoadFromMemory(routeConfigs, clusters);
        await using var application = builder.Build();
        application.MapReverseProxy();
        await application.StartAsync(cancellationToken);
        await application.WaitForShutdownAsync(cancellationToken);
    }

    private static string ClusterId(int service) => "svc-" + service.ToString("D5", CultureInfo.InvariantCulture);
}
