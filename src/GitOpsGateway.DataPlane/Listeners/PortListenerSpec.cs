namespace GitOpsGateway.DataPlane.Listeners;

/// <summary>A port the table wants open: the listener port, the local port serving it, and what it serves.</summary>
internal sealed record PortListenerSpec(int ListenerPort, int LocalPort, PortKind Kind);
