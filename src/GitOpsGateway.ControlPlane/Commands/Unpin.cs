namespace GitOpsGateway.ControlPlane.Commands;

/// <summary>Lift a source's pin: its newest compiled version (the head) becomes active.</summary>
/// <param name="Source">May be left out when only one source is configured.</param>
public sealed record Unpin(string Actor, string Reason, string? Source = null);
