namespace GitOpsGateway.ControlPlane.Webhooks;

/// <summary>The Git hosts whose push webhooks are understood, and how each authenticates its deliveries.</summary>
public enum WebhookProvider
{
    /// <summary><c>X-Hub-Signature-256: sha256=HEX</c>, an HMAC-SHA256 of the raw body.</summary>
    GitHub,

    /// <summary><c>X-Gitlab-Token</c>, the shared token itself.</summary>
    GitLab,

    /// <summary><c>X-Gitea-Signature: HEX</c>, an HMAC-SHA256 of the raw body.</summary>
    Gitea,
}
