namespace GitOpsGateway.RouteTables.Clusters;

/// <summary>An IP address or, for name-resolved clusters, the DNS name; with the port to connect to.</summary>
public sealed record ClusterEndpoint
{
    public required string Address { get; init; }

    public required int Port { get; init; }

    public override string ToString() =>
        Address.Contains(':', StringComparison.Ordinal) ? $"[{Address}]:{Port}" : $"{Address}:{Port}";
}
