namespace GitOpsGateway.Audit.Versions;

/// <summary>
/// A version in which one Gateway's table changed, appeared or disappeared (<see cref="Hash"/> null). The table a
/// Gateway had as of version N is the one of its latest record at or below N, whatever source published N.
/// </summary>
public sealed record GatewayTableRecord
{
    /// <summary>"GATEWAY@VERSION".</summary>
    public required string Id { get; init; }

    /// <summary>"namespace/name".</summary>
    public required string Gateway { get; init; }

    public required long VersionNumber { get; init; }

    public string? Hash { get; init; }

    public required string Source { get; init; }
}
