namespace GitOpsGateway.Audit.Journal;

public enum CommandKind
{
    Rollback,
    Pin,
    Unpin,
}
