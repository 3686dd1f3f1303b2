using System.Diagnostics;
using GitOpsGateway.ControlPlane.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GitOpsGateway.ControlPlane.Resilience;

/// <summary>
/// Starts the hosted services that need PostgreSQL (Marten's schema, Wolverine's durable inbox and agents, the
/// leadership, watcher and node-feed loops) once the database answers, so that a control plane started during an
/// outage stays up: the web server starts at once (<c>/healthz</c> 200, <c>/readyz</c> 503 saying what it waits for)
/// while this waits with the <see cref="SupervisedLoop"/>'s backoff and logs (3090/3091). The generic host would
/// otherwise start them one by one before the web server and end the process on the first refused connection.
/// Only a refusal of the settings (<see cref="DatabaseSettingsRefusal"/>) ends the wait: exit code 2.
/// </summary>
public sealed class DatabaseStartup : IHostedService, IDisposable
{
    /// <summary>The key under which the deferred hosted services are registered instead of as <see cref="IHostedService"/>.</summary>
    public const string DeferredKey = "gitops-gateway:needs-database";

    /// <summary>The exit code when the database refuses the settings (as for invalid settings, ADR 0013).</summary>
    public const int SettingsRefusedExitCode = 2;

    private readonly ControlPlaneSettings settings;
    private readonly IHostApplicationLifetime lifetime;
    private readonly ILogger<DatabaseStartup> logger;
    private readonly SupervisedLoop loop;
    private readonly List<IHostedService> started = [];
    private readonly CancellationTokenSource stopping = new();
    private Task starting = Task.CompletedTask;
    private volatile bool completed;

    public DatabaseStartup(
        [FromKeyedServices(DeferredKey)] IEnumerable<IHostedService> services,
        ControlPlaneSettings settings,
        DependencyOutages outages,
        IHostApplicationLifetime lifetime,
        ILogger<DatabaseStartup> logger)
    {
        Services = [.. services];
        this.settings = settings;
        this.lifetime = lifetime;
        this.logger = logger;
        loop = new SupervisedLoop(nameof(DatabaseStartup), Dependency.Database, outages, logger);
    }

    /// <summary>The deferred services, in the order they start (their registration order).</summary>
    public IReadOnlyList<IHostedService> Services { get; }

    /// <summary>Every deferred service has started: the schema is applied and Wolverine runs.</summary>
    public bool Completed => completed;

    /// <summary>Non-zero once the start was given up: <see cref="SettingsRefusedExitCode"/> or <see cref="HostedServiceFaults.FaultedExitCode"/>.</summary>
    public int ExitCode { get; private set; }

    /// <summary>Why the start was given up, for standard error; null while it was not.</summary>
    public string? Failure { get; private set; }

    /// <summary>
    /// Moves every hosted service registered so far (all but the web server, which the host adds last) under
    /// <see cref="DeferredKey"/>, keeping lifetime and order, and registers this gate in their place. Call last,
    /// just before building the host.
    /// </summary>
    public static void DeferHostedServices(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var hosted = services.Where(descriptor => descriptor.ServiceType == typeof(IHostedService) && !descriptor.IsKeyedService).ToList();
        foreach (var descriptor in hosted)
        {
            services.Remove(descriptor);
            services.Add(Keyed(descriptor));
        }

        services.AddSingleton<DatabaseStartup>();
        services.AddSingleton<IHostedService>(provider => provider.GetRequiredService<DatabaseStartup>());
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        starting = Task.Run(() => StartDeferredAsync(stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        await starting.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        for (var index = started.Count - 1; index >= 0; index--)
        {
            await started[index].StopAsync(cancellationToken);
        }
    }

    public void Dispose() => stopping.Dispose();

    private static ServiceDescriptor Keyed(ServiceDescriptor descriptor) => descriptor switch
    {
        { ImplementationInstance: { } instance } => new ServiceDescriptor(typeof(IHostedService), DeferredKey, instance),
        { ImplementationFactory: { } factory } => new ServiceDescriptor(typeof(IHostedService), DeferredKey, (provider, _) => factory(provider), descriptor.Lifetime),
        _ => new ServiceDescriptor(typeof(IHostedService), DeferredKey, descriptor.ImplementationType!, descriptor.Lifetime),
    };

    private async Task StartDeferredAsync(CancellationToken stoppingToken)
    {
        var stopwatch = Stopwatch.StartNew();
        PostgresException? refusal = null;
        try
        {
            await loop.RunAsync(
                async token =>
                {
                    try
                    {
                        await StartInOrderAsync(token);
                    }
                    catch (Exception exception) when (DatabaseSettingsRefusal.Find(exception) is { } refused)
                    {
                        refusal = refused;
                    }
                },
                stoppingToken);
        }
        catch (Exception exception)
        {
            // The loop logged it (3092): no retry fixes a defect.
            GiveUp(HostedServiceFaults.FaultedExitCode, $"Starting the services that need the database failed ({exception.GetType().Name}: {exception.Message}); exiting with code {HostedServiceFaults.FaultedExitCode}.");
            return;
        }

        if (refusal is not null)
        {
            ResilienceLog.SettingsRefused(logger, refusal.SqlState, refusal.MessageText, SettingsRefusedExitCode);
            GiveUp(SettingsRefusedExitCode, $"The database refuses the control plane's Database setting (SQLSTATE {refusal.SqlState}: {refusal.MessageText}); fix the connection string, password, database name or grants. Exiting with code {SettingsRefusedExitCode}.");
        }
        else if (completed)
        {
            ResilienceLog.DeferredServicesStarted(logger, started.Count, stopwatch.Elapsed);
        }
    }

    private async Task StartInOrderAsync(CancellationToken stoppingToken)
    {
        // A probe of our own first: the outage is then logged and shown with the driver's plain reason.
        await using (var connection = new NpgsqlConnection(settings.DatabaseConnectionString))
        {
            await connection.OpenAsync(stoppingToken);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(stoppingToken);
        }

        // After a transient failure the services already started are kept and the next attempt resumes after them.
        foreach (var service in Services.Skip(started.Count))
        {
            await service.StartAsync(stoppingToken);
            started.Add(service);
        }

        completed = true;
        loop.Healthy();
    }

    private void GiveUp(int exitCode, string failure)
    {
        ExitCode = exitCode;
        Failure = failure;
        // Stopping while the host still starts the web server would cancel that start and surface as an unhandled
        // exception; once it has started (at once when it already has), the stop is an ordinary one.
        lifetime.ApplicationStarted.Register(lifetime.StopApplication);
    }
}
