namespace GitOpsGateway.ControlPlane.Webhooks;

/// <summary>The body of a webhook response: which sources were asked to sync, and why (not) in words.</summary>
public sealed record WebhookResult(IReadOnlyList<string> Triggered, string Message);
