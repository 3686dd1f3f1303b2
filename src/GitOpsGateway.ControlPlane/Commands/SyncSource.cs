namespace GitOpsGateway.ControlPlane.Commands;

/// <summary>Fetch a source now and ingest every new commit. Sent by the poll timer, webhooks and <c>POST /api/v1/sources/{name}/sync</c>.</summary>
public sealed record SyncSource(string Source);
