namespace GitOpsGateway.DataPlane.Udp;

/// <summary>How long an idle UDP session lives and how many one port keeps (see <c>DataPlaneOptions</c>).</summary>
internal sealed record UdpSessionLimits(TimeSpan IdleTimeout, int MaxSessions);
