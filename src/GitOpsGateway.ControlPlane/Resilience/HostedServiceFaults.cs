using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.ControlPlane.Resilience;

/// <summary>
/// The exit code after a host has stopped. Up to .NET 10 a <see cref="BackgroundService"/> that throws stops the
/// host (<c>BackgroundServiceExceptionBehavior.StopHost</c>) and <c>RunAsync</c> still completes normally, so a
/// crashed process would exit 0 and a supervisor that restarts on failure would leave it down. Every process
/// runs its host through <see cref="ExitCodeAfterRun"/> and exits <see cref="FaultedExitCode"/> in that case.
/// </summary>
public static class HostedServiceFaults
{
    /// <summary>EX_SOFTWARE of sysexits.h: an internal error, as opposed to 2 for invalid settings.</summary>
    public const int FaultedExitCode = 70;

    /// <summary>The background services whose execution ended in an exception.</summary>
    public static IReadOnlyList<(string Service, Exception Exception)> Find(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return [.. services.GetServices<IHostedService>()
            .OfType<BackgroundService>()
            .Where(service => service.ExecuteTask is { IsFaulted: true })
            .Select(service => (service.GetType().Name, (Exception)service.ExecuteTask!.Exception!.GetBaseException()))];
    }

    /// <summary>0 when the host stopped because it was asked to, <see cref="FaultedExitCode"/> when a background service faulted.</summary>
    public static int ExitCodeAfterRun(IServiceProvider services)
    {
        var faults = Find(services);
        if (faults.Count == 0)
        {
            return 0;
        }

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HostedServiceFaults));
        foreach (var (service, exception) in faults)
        {
            ResilienceLog.ServiceFaulted(logger, exception, service, FaultedExitCode);
        }

        return FaultedExitCode;
    }
}
