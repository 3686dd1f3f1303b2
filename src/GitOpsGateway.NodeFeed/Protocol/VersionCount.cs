namespace GitOpsGateway.NodeFeed.Protocol;

/// <summary>How many nodes of a Gateway serve one version (null version: nodes that have applied nothing yet).</summary>
public sealed record VersionCount
{
    public long? Version { get; init; }

    public string? Hash { get; init; }

    public required int Nodes { get; init; }
}
