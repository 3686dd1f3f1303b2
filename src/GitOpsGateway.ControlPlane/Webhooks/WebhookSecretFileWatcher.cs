using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.ControlPlane.Webhooks;

/// <summary>
/// Polls the sources' webhook secret files (a mounted Kubernetes Secret changes by a symbolic-link swap, which file
/// events report unreliably) and puts a changed secret in force, the previous one accepted during the overlap.
/// </summary>
internal sealed class WebhookSecretFileWatcher(WebhookSecretStore store, ILogger<WebhookSecretFileWatcher> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                foreach (var source in store.Refresh())
                {
                    WebhookLog.SecretRotated(logger, source);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }
}
