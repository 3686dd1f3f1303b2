using GitOpsGateway.Events;

namespace GitOpsGateway.ControlPlane.Commands;

/// <summary>Lift a source's pin: what its head commit compiles to becomes active (republished when a rollback came after it).</summary>
/// <param name="Source">May be left out when only one source is configured.</param>
public sealed record Unpin(CommandCaller Caller, string Reason, string? Source = null);
