using GitOpsGateway.NodeFeed.Protocol;

namespace GitOpsGateway.Audit.Nodes;

/// <summary>The latest report of one node of one Gateway: what <see cref="MartenNodeRegistry"/> finds and lists.</summary>
public sealed record NodeStatusRecord
{
    /// <summary>"GATEWAY/NODE" (<see cref="IdFor"/>); node ids contain no '/'.</summary>
    public required string Id { get; init; }

    public required NodeReport Report { get; init; }

    public static string IdFor(string gateway, string node) => $"{gateway}/{node}";
}
