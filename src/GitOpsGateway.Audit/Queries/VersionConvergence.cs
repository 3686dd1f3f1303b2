using GitOpsGateway.Audit.Nodes;

namespace GitOpsGateway.Audit.Queries;

/// <summary>Which nodes applied a version and when, which still run it, and which failed to apply it.</summary>
public sealed record VersionConvergence
{
    public required long Version { get; init; }

    /// <summary>Nodes that applied it at some point.</summary>
    public required int Applied { get; init; }

    /// <summary>Nodes that applied it and have not reported another version since.</summary>
    public required int Running { get; init; }

    /// <summary>Nodes whose latest attempt at it failed and that never applied it.</summary>
    public required int Failed { get; init; }

    /// <summary>Sorted by Gateway, then node.</summary>
    public required Page<NodeVersionRun> Nodes { get; init; }
}
