using GitOpsGateway.RouteTables.Clusters;

namespace GitOpsGateway.DataPlane.Udp;

/// <summary>Where one client's datagrams go: an endpoint of a cluster the port's UDPRoute chose by weight.</summary>
internal sealed record UdpTarget(string ClusterId, ClusterEndpoint Endpoint);
