namespace GitOpsGateway.DataPlane.Udp;

/// <summary>A UDP listener port the table wants open, and the local port serving it.</summary>
internal sealed record UdpListenerSpec(int ListenerPort, int LocalPort);
