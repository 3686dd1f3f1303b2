using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.ControlPlane.Resilience;

/// <summary>
/// The exit code after a host has stopped. Up to .NET 10 a <see cref="BackgroundService"/> that throws stops the
/// host (<c>BackgroundServiceExceptionBehavior.StopHost</c>) and <c>RunAsync</c> still completes normally, so a
/// crashed process would exit 0 and a supervisor that restarts on failure would leave it down. Every process
/// takes a <see cref="Watch"/> before running its host (<c>RunAsync</c> disposes the service provider) and exits
/// with <see cref="ExitCode"/>: <see cref="FaultedExitCode"/> when a background service faulted.
/// </summary>
public sealed class HostedServiceFaults
{
    /// <summary>EX_SOFTWARE of sysexits.h: an internal error, as opposed to 2 for invalid settings.</summary>
    public const int FaultedExitCode = 70;

    private readonly IReadOnlyList<BackgroundService> services;
    private readonly DatabaseStartup? startup;
    private readonly ILogger logger;

    private HostedServiceFaults(IReadOnlyList<BackgroundService> services, DatabaseStartup? startup, ILogger logger)
    {
        this.services = services;
        this.startup = startup;
        this.logger = logger;
    }

    /// <summary>
    /// Resolves the host's background services (the same singletons the host starts, those that wait for the
    /// database behind <see cref="DatabaseStartup"/> included) while the provider lives.
    /// </summary>
    public static HostedServiceFaults Watch(IServiceProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var startup = provider.GetService<DatabaseStartup>();
        return new HostedServiceFaults(
            [.. provider.GetServices<IHostedService>().Concat(startup?.Services ?? []).OfType<BackgroundService>()],
            startup,
            provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HostedServiceFaults)));
    }

    /// <summary>The background services whose execution ended in an exception.</summary>
    public IReadOnlyList<(string Service, Exception Exception)> Faults =>
        [.. services
            .Where(service => service.ExecuteTask is { IsFaulted: true })
            .Select(service => (service.GetType().Name, service.ExecuteTask!.Exception!.GetBaseException()))];

    /// <summary>
    /// 0 when the host stopped because it was asked to, <see cref="FaultedExitCode"/> when a background service faulted,
    /// <see cref="DatabaseStartup.SettingsRefusedExitCode"/> when the database refused the settings at start.
    /// </summary>
    public int ExitCode()
    {
        if (startup is { ExitCode: not 0 and var startupCode, Failure: var failure })
        {
            Console.Error.WriteLine(failure);
            return startupCode;
        }

        var faults = Faults;
        foreach (var (service, exception) in faults)
        {
            // The host's console logger may already be disposed: standard error always tells the supervisor's log.
            ResilienceLog.ServiceFaulted(logger, exception, service, FaultedExitCode);
            Console.Error.WriteLine($"Background service {service} faulted ({exception.GetType().Name}: {exception.Message}); exiting with code {FaultedExitCode}.");
        }

        return faults.Count == 0 ? 0 : FaultedExitCode;
    }
}
