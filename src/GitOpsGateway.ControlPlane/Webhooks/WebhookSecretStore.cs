using GitOpsGateway.ControlPlane.Configuration;

namespace GitOpsGateway.ControlPlane.Webhooks;

/// <summary>
/// The webhook secrets in force: each source's own (<c>Sources:N:WebhookSecret[File]</c>), re-read from its file by
/// <see cref="Refresh"/>, else the deprecated per-provider secret (<c>Webhooks:*</c>, read once at start).
/// </summary>
internal sealed class WebhookSecretStore
{
    private readonly Dictionary<string, ConfiguredSecret> configured;
    private readonly WebhookSecrets fallback;
    private readonly TimeSpan overlap;
    private readonly TimeProvider time;
    private readonly Lock gate = new();
    private readonly Dictionary<string, RotatingSecret> bySource = new(StringComparer.Ordinal);

    public WebhookSecretStore(ControlPlaneSettings settings, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(settings);
        configured = settings.Sources.Where(source => source.WebhookSecret is not null)
            .ToDictionary(source => source.Name, source => source.WebhookSecret!, StringComparer.Ordinal);
        fallback = settings.Webhooks;
        overlap = settings.WebhookSecretOverlap;
        this.time = time;
        foreach (var (source, secret) in configured)
        {
            bySource[source] = new RotatingSecret(secret.Value, null, DateTimeOffset.MinValue);
        }
    }

    /// <summary>The secrets a delivery for <paramref name="source"/> may be signed with; empty when none is configured.</summary>
    public IReadOnlyList<string> AcceptedFor(string source, WebhookProvider provider)
    {
        lock (gate)
        {
            if (bySource.TryGetValue(source, out var secret))
            {
                return secret.Accepted(time.GetUtcNow());
            }
        }

        return ProviderFallback(provider) is { } shared ? [shared] : [];
    }

    /// <summary>The deprecated per-provider secret, used for sources without their own and for pushes no source watches.</summary>
    public string? ProviderFallback(WebhookProvider provider) => provider switch
    {
        WebhookProvider.GitHub => fallback.GitHub,
        WebhookProvider.GitLab => fallback.GitLab,
        _ => fallback.Gitea,
    };

    /// <summary>Re-reads every secret file; returns the sources whose secret changed. An unreadable or empty file changes nothing.</summary>
    public IReadOnlyList<string> Refresh()
    {
        var changed = new List<string>();
        foreach (var (source, secret) in configured)
        {
            if (secret.FilePath is null || ReadFile(secret.FilePath) is not { } next)
            {
                continue;
            }

            lock (gate)
            {
                var current = bySource[source];
                var rotated = current.RotatedTo(next, time.GetUtcNow(), overlap);
                if (!ReferenceEquals(rotated, current))
                {
                    bySource[source] = rotated;
                    changed.Add(source);
                }
            }
        }

        return changed;
    }

    private static string? ReadFile(string path)
    {
        try
        {
            var text = File.ReadAllText(path).Trim();
            return text.Length == 0 ? null : text;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
