namespace GitOpsGateway.ControlPlane.Resilience;

/// <summary>What a background loop waits for when it fails; readiness names it.</summary>
public enum Dependency
{
    /// <summary>PostgreSQL: while it is unreachable the control plane is not ready (nothing new can be stored or read).</summary>
    Database,

    /// <summary>A source's Git remote: the control plane stays ready (it serves what it has) and says which source waits.</summary>
    Git,

    /// <summary>The OIDC issuer: the control plane stays ready; callers with its JWTs get 503 until its keys can be read once.</summary>
    Issuer,
}
