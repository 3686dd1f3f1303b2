using GitOpsGateway.ControlPlane.Resilience;
using GitOpsGateway.DataPlane;
using GitOpsGateway.DataPlane.Configuration;
using GitOpsGateway.DataPlane.Tls;
using GitOpsGateway.Host.CommandLine;
using GitOpsGateway.NodeFeed.Client;
using GitOpsGateway.NodeFeed.Protocol;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace GitOpsGateway.Host.DataPlaneCommand;

/// <summary>
/// The wiring of <c>gitops-gateway data-plane</c>: a <see cref="DataPlaneNode"/> (YARP behind our router, one
/// Kestrel server per listener port) fed by a <see cref="FeedSubscriber"/> that starts from the last-known-good
/// table on disk, then follows the control plane's feed for good; <c>/healthz</c> and <c>/readyz</c> on the
/// admin port. The node never talks to the database or to Git.
/// </summary>
internal static class DataPlaneNodeHost
{
    /// <param name="extraSecrets">Key pairs from elsewhere than <see cref="DataPlaneSettings.SecretsDirectory"/> (dev mode's repository Secrets).</param>
    /// <param name="configuration">Settings over appsettings.json (dev mode's log levels).</param>
    public static WebApplication Build(DataPlaneSettings settings, ISecretSource? extraSecrets = null, IReadOnlyDictionary<string, string?>? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(configuration ?? new Dictionary<string, string?>());
        HostLogging.UseSingleLineConsole(builder.Logging);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(settings.BindAddress, settings.AdminPort));
        builder.Services.AddDataPlaneNode(new DataPlaneOptions
        {
            Gateway = settings.Gateway,
            NodeId = settings.NodeId,
            Ports = settings.Ports,
            BindAddress = settings.BindAddress,
            SecretDirectory = settings.SecretsDirectory,
            UdpSessionIdleTimeout = settings.UdpSessionIdleTimeout,
            UdpMaxSessionsPerPort = settings.UdpMaxSessionsPerPort,
        });
        if (extraSecrets is not null)
        {
            builder.Services.AddSingleton(extraSecrets);
        }

        builder.Services.AddSingleton(_ => new HttpClient(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(5) })
        {
            Timeout = TimeSpan.FromSeconds(30),
        });
        builder.Services.AddSingleton(provider => new FeedSubscriber(
            provider.GetRequiredService<HttpClient>(),
            new FeedSubscriberOptions
            {
                ControlPlane = settings.FeedAddress,
                Gateway = settings.Gateway,
                NodeId = settings.NodeId,
                NodeToken = settings.NodeToken,
                StateDirectory = settings.StateDirectory,
            },
            FeedApply.To(provider.GetRequiredService<DataPlaneNode>()),
            provider.GetRequiredService<ILoggerFactory>()));
        builder.Services.AddHostedService(provider => provider.GetRequiredService<FeedSubscriber>());

        var app = builder.Build();
        app.MapNodeHealth();
        app.Lifetime.ApplicationStarted.Register(() => HostLog.DataPlaneStarted(
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DataPlaneNodeHost)),
            settings.NodeId,
            GatewayKey.Format(settings.Gateway),
            settings.ControlPlane,
            settings.AdminPort));
        return app;
    }

    /// <returns>The process exit code: 0 after a clean stop, 2 for invalid arguments, 70 when a background service faulted (ADR 0013).</returns>
    public static async Task<int> RunAsync(string[] args)
    {
        WebApplication app;
        try
        {
            app = Build(DataPlaneSettingsReader.Read(args, Environment.GetEnvironmentVariable));
        }
        catch (CommandLineException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return 2;
        }

        await using (app)
        {
            var faults = HostedServiceFaults.Watch(app.Services);
            await app.RunAsync();
            return faults.ExitCode();
        }
    }
}
