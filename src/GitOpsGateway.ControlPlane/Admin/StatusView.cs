using GitOpsGateway.NodeFeed.Protocol;

namespace GitOpsGateway.ControlPlane.Admin;

/// <summary>The answer of <c>GET /api/v1/status</c>: every source, and which node runs which version.</summary>
public sealed record StatusView(IReadOnlyList<SourceStatusView> Sources, NodeListing Nodes);
