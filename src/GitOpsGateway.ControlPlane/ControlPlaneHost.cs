using System.Text.Json.Serialization;
using GitOpsGateway.Audit.Nodes;
using GitOpsGateway.Audit.Storage;
using GitOpsGateway.ControlPlane.Admin;
using GitOpsGateway.ControlPlane.Commands;
using GitOpsGateway.ControlPlane.Configuration;
using GitOpsGateway.ControlPlane.Health;
using GitOpsGateway.ControlPlane.Identity;
using GitOpsGateway.ControlPlane.Identity.Oidc;
using GitOpsGateway.ControlPlane.Leadership;
using GitOpsGateway.ControlPlane.Logging;
using GitOpsGateway.ControlPlane.Nodes;
using GitOpsGateway.ControlPlane.Resilience;
using GitOpsGateway.ControlPlane.Telemetry;
using GitOpsGateway.ControlPlane.Tokens;
using GitOpsGateway.ControlPlane.Watching;
using GitOpsGateway.ControlPlane.Webhooks;
using GitOpsGateway.Events.Storage;
using GitOpsGateway.NodeFeed.Server;
using JasperFx;
using JasperFx.CodeGeneration;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Wolverine;
using Wolverine.Marten;

namespace GitOpsGateway.ControlPlane;

/// <summary>
/// The wiring of <c>gitops-gateway control-plane</c>: settings → Marten event store (with Wolverine's inbox and
/// outbox) → leadership per source → one watcher per source sending <see cref="SyncSource"/> → webhooks and the
/// admin API. Every hosted service starts behind <see cref="DatabaseStartup"/>, once PostgreSQL answers. The logic
/// lives in the types wired here; this class only composes them.
/// </summary>
public static class ControlPlaneHost
{
    public const string EnvironmentPrefix = "GITOPS_GATEWAY_";

    private static readonly Dictionary<string, string> Flags = new(StringComparer.Ordinal)
    {
        ["--database"] = "Database",
        ["--state-directory"] = "StateDirectory",
        ["--controller-name"] = "ControllerName",
        ["--cluster-domain"] = "ClusterDomain",
        ["--urls"] = "urls",
    };

    /// <param name="overrides">Settings that win over every other source, given in process (<c>gitops-gateway dev</c>
    /// passes its generated tokens this way, since secrets are refused on the command line).</param>
    /// <exception cref="ControlPlaneConfigurationException">The settings are incomplete or invalid.</exception>
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var commandLine = new ConfigurationBuilder().AddCommandLine(args, Flags).Build();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddEnvironmentVariables(EnvironmentPrefix).AddCommandLine(args, Flags).AddInMemoryCollection(overrides ?? new Dictionary<string, string?>());
        var settings = ControlPlaneSettingsReader.Read(builder.Configuration, commandLine);

        builder.Logging.ClearProviders().AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "HH:mm:ss.fff ";
        });
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<DependencyOutages>();
        builder.Services.AddControlPlaneTelemetry(settings);
        AddEventStore(builder.Services, settings);
        builder.Host.UseWolverine(ConfigureWolverine);
        AddWatching(builder.Services, settings);
        AddAdminApi(builder.Services, settings);
        // Reports become events in the store, so every replica lists the same nodes and the audit sees who ran what.
        builder.Services.AddSingleton<INodeRegistry, MartenNodeRegistry>();
        builder.Services.AddControlPlaneNodeFeed(settings);
        builder.Services.AddControlPlaneWebhooks(settings);
        // Last: every hosted service above needs the database; the web server must answer while it is away.
        DatabaseStartup.DeferHostedServices(builder.Services);

        var app = builder.Build();
        SettingsLog.UnknownKeys(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ControlPlaneSettings)), settings.UnknownKeys);
        WebhookServiceCollectionExtensions.LogDeprecatedSecrets(settings, app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WebhookEndpoints)));
        app.UseMiddleware<DatabaseUnavailableAnswer>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealth();
        app.MapOpenApi().AllowAnonymous();
        app.MapWebhooks();
        app.MapAdminApi();
        app.MapControlPlaneNodeFeed();
        app.Lifetime.ApplicationStarted.Register(() =>
            ControlPlaneLog.Started(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ControlPlaneHost)), settings.Sources.Count));
        return app;
    }

    /// <returns>
    /// The process exit code: 0 after a clean stop, 2 for invalid settings (the database refusing them at start
    /// included), <see cref="HostedServiceFaults.FaultedExitCode"/> when a background service faulted (an outage
    /// never does: its loops and the start retry, ADR 0013).
    /// </returns>
    public static async Task<int> RunAsync(string[] args)
    {
        WebApplication app;
        try
        {
            app = Build(args);
        }
        catch (ControlPlaneConfigurationException exception)
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

    /// <summary>Handler code is generated ahead of time into this assembly (ADR 0003); no compiler runs at startup.</summary>
    internal static void ConfigureWolverine(WolverineOptions options)
    {
        options.ApplicationAssembly = typeof(ControlPlaneHost).Assembly;
        options.CodeGeneration.TypeLoadMode = TypeLoadMode.Static;
        options.Policies.AutoApplyTransactions();
        options.LocalQueueFor<SyncSource>().UseDurableInbox().Sequential();
    }

    private static void AddEventStore(IServiceCollection services, ControlPlaneSettings settings) =>
        services.AddMarten(options =>
            {
                options.Connection(settings.DatabaseConnectionString);
                options.AddGitOpsGatewayEvents();
                options.AddGitOpsGatewayAudit();
                options.AddApiTokenTable();
                options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
            })
            .IntegrateWithWolverine()
            .ApplyAllDatabaseChangesOnStartup();

    private static void AddWatching(IServiceCollection services, ControlPlaneSettings settings)
    {
        services.AddSingleton<SourceSignals>();
        services.AddSingleton<SourceLeadership>();
        services.AddHostedService(provider => provider.GetRequiredService<SourceLeadership>());
        services.AddSingleton<SourceSynchronizer>();
        foreach (var source in settings.Sources)
        {
            // AddHostedService would keep only the first of several registrations of one type.
            services.AddSingleton<IHostedService>(provider => ActivatorUtilities.CreateInstance<SourceWatcher>(provider, source));
        }
    }

    private static void AddAdminApi(IServiceCollection services, ControlPlaneSettings settings)
    {
        services.AddControlPlaneIdentity().AddOidc(settings);
        services.AddOpenApi();
        services.AddSingleton<VersionCommands>();
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            json.SerializerOptions.MaxDepth = AnswerDepth.Max;
        });
    }
}
