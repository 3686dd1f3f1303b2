using GitOpsGateway.ControlPlane.Configuration;

namespace GitOpsGateway.ControlPlane.Webhooks;

/// <summary>The sources a delivery may trigger; <see cref="Refusal"/> says why it triggers nothing, or is null.</summary>
internal sealed record WebhookAuthentication(IReadOnlyList<WatchedSource> Sources, string? Refusal);
