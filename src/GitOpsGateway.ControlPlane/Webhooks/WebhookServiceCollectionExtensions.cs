using GitOpsGateway.ControlPlane.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace GitOpsGateway.ControlPlane.Webhooks;

internal static class WebhookServiceCollectionExtensions
{
    /// <summary>The secrets behind <see cref="WebhookEndpoints.MapWebhooks"/>, and the watcher re-reading their files.</summary>
    public static IServiceCollection AddControlPlaneWebhooks(this IServiceCollection services, ControlPlaneSettings settings)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => new WebhookSecretStore(settings, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<WebhookAuthenticator>();
        if (settings.Sources.Any(source => source.WebhookSecret?.FilePath is not null))
        {
            services.AddHostedService<WebhookSecretFileWatcher>();
        }

        return services;
    }

    /// <summary>Warns once at start for each shared per-provider secret still set (deprecated, see docs/security.md).</summary>
    public static void LogDeprecatedSecrets(ControlPlaneSettings settings, ILogger logger)
    {
        foreach (var (key, secret) in new[] { ("GitHubSecret", settings.Webhooks.GitHub), ("GitLabToken", settings.Webhooks.GitLab), ("GiteaSecret", settings.Webhooks.Gitea) })
        {
            if (secret is not null)
            {
                WebhookLog.ProviderSecretDeprecated(logger, key);
            }
        }
    }
}
