using System.Diagnostics;
using GitOpsGateway.DataPlane.Clusters;
using GitOpsGateway.DataPlane.Configuration;
using GitOpsGateway.DataPlane.Filters;
using GitOpsGateway.DataPlane.L4;
using GitOpsGateway.DataPlane.Pipeline;
using GitOpsGateway.DataPlane.Snapshots;
using GitOpsGateway.DataPlane.Tls;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Transforms;

namespace GitOpsGateway.DataPlane;

public static class DataPlaneServiceCollectionExtensions
{
    /// <summary>
    /// Registers a <see cref="DataPlaneNode"/> (resolve it to apply tables) started and stopped with the host.
    /// Register <see cref="ISecretSource"/> implementations (e.g. a <see cref="ManifestSecretSource"/>) to add
    /// certificate sources before <see cref="DataPlaneOptions.SecretDirectory"/>.
    /// </summary>
    public static IServiceCollection AddDataPlaneNode(this IServiceCollection services, DataPlaneOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.AddLogging();
        services.AddRouting();

        // A web host registers these; a generic host or a bare container does not, and endpoint routing needs them.
        var diagnostics = new DiagnosticListener("Microsoft.AspNetCore");
        services.TryAddSingleton(diagnostics);
        services.TryAddSingleton<DiagnosticSource>(diagnostics);
        services.AddReverseProxy()
            .LoadFromMemory(ProxyClusterSet.InitialRoutes, ProxyClusterSet.InitialClusters)
            .AddTransforms(builder => builder
                .AddRequestTransform(WirePathTransform.ApplyAsync)
                .AddResponseTransform(HoldBackTransform.ApplyAsync));
        services.AddSingleton<SnapshotHolder>();
        services.AddSingleton(provider => new ProxyClusterSet(
            provider.GetRequiredService<InMemoryConfigProvider>(), provider.GetRequiredService<IProxyStateLookup>()));
        services.AddSingleton<TlsHandshake>();
        services.AddSingleton<MirrorSender>();
        services.AddSingleton<L4Proxy>();
        services.AddSingleton(provider => new DataPlaneNode(
            options,
            provider,
            provider.GetRequiredService<SnapshotHolder>(),
            provider.GetRequiredService<ProxyClusterSet>(),
            provider.GetRequiredService<TlsHandshake>(),
            provider.GetRequiredService<L4Proxy>(),
            provider.GetServices<ISecretSource>(),
            provider.GetRequiredService<ILoggerFactory>()));
        services.AddHostedService(provider => new DataPlaneHostedService(provider.GetRequiredService<DataPlaneNode>()));
        return services;
    }
}
