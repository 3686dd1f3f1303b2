namespace GitOpsGateway.Audit.Storage;

/// <summary>Stored names of the audit's own events; like <c>EventTypeNames</c>, never renamed.</summary>
public static class AuditEventTypeNames
{
    public const string NodeReported = "node_reported";
    public const string SecretMasked = "secret_masked";
}
