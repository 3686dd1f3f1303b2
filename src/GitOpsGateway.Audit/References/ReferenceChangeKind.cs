namespace GitOpsGateway.Audit.References;

public enum ReferenceChangeKind
{
    /// <summary>The route began to refer to the value.</summary>
    Started,

    /// <summary>The route no longer refers to the value (changed, deleted, or no longer compiled).</summary>
    Stopped,

    /// <summary>The route still refers to it, differently: another weight or port, other listeners or match types.</summary>
    Changed,
}
