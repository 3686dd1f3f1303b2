using GitOpsGateway.Events.Queries;

namespace GitOpsGateway.ControlPlane.Admin;

/// <summary>One page of versions, newest first.</summary>
public sealed record VersionPage(int Page, int PageSize, IReadOnlyList<VersionSummary> Items);
