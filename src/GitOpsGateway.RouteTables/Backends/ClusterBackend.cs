using GitOpsGateway.RouteTables.Filters;

namespace GitOpsGateway.RouteTables.Backends;

/// <summary>A backend the node forwards to: a cluster of the same table.</summary>
public sealed record ClusterBackend : Backend
{
    public required string ClusterId { get; init; }

    /// <summary>Backend-level filters, applied after the rule's filters when this backend is chosen (HTTP only).</summary>
    public EquatableArray<HttpFilter> Filters { get; init; }
}
