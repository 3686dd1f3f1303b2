namespace GitOpsGateway.ControlPlane.Admin;

/// <summary>A source's pin: the version held, who set it and why (for a rollback, its description).</summary>
public sealed record PinView(long Version, string Actor, string Reason, DateTimeOffset PinnedAt, string CommandId);
