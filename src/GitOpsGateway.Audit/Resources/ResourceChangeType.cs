namespace GitOpsGateway.Audit.Resources;

public enum ResourceChangeType
{
    Created,
    Changed,
    Deleted,
}
