namespace GitOpsGateway.Audit.Journal;

public enum CommandKind
{
    Rollback,
    Pin,
    Unpin,

    /// <summary>Leaked values masked in stored events and documents (ADR 0015).</summary>
    MaskSecret,

    /// <summary>An API token was created (its name is the target).</summary>
    TokenCreated,

    TokenRevoked,

    TokenRotated,
}
