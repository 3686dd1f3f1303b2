namespace GitOpsGateway.RouteTables.Diffing;

public enum ChangeKind
{
    Added,
    Removed,
    Changed,
}
