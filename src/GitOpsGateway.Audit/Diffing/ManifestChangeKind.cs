namespace GitOpsGateway.Audit.Diffing;

public enum ManifestChangeKind
{
    Added,
    Removed,
    Changed,
}
