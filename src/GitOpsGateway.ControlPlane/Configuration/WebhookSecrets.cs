namespace GitOpsGateway.ControlPlane.Configuration;

/// <summary>The shared secrets of the push webhooks; a provider without one refuses every delivery.</summary>
public sealed record WebhookSecrets(string? GitHub, string? GitLab, string? Gitea)
{
    public static WebhookSecrets None { get; } = new(null, null, null);

    /// <summary>Keeps the secrets out of logs, which print records by default.</summary>
    public override string ToString() =>
        $"WebhookSecrets {{ GitHub = {Shown(GitHub)}, GitLab = {Shown(GitLab)}, Gitea = {Shown(Gitea)} }}";

    private static string Shown(string? secret) => secret is null ? "(none)" : "***";
}
