namespace GitOpsGateway.NodeFeed.Protocol;

/// <summary>Per Gateway: its active version and how many reporting nodes serve it.</summary>
public sealed record GatewayConvergence
{
    public required string Gateway { get; init; }

    /// <summary>Null when the control plane has no version for the Gateway.</summary>
    public long? ActiveVersion { get; init; }

    public string? ActiveHash { get; init; }

    public required int Nodes { get; init; }

    public required int NodesOnActiveVersion { get; init; }

    /// <summary>Newest version first (the commonest hash first within one); nodes without any applied version last.</summary>
    public required IReadOnlyList<VersionCount> Versions { get; init; }
}
