namespace GitOpsGateway.Audit.Queries;

/// <summary>
/// One Gateway in a version diff: the version whose table it had on each side (its own source's latest at or
/// below that number; null when it did not exist), and how many changes it has.
/// </summary>
public sealed record GatewayComparison
{
    public required string Gateway { get; init; }

    public long? FromTableVersion { get; init; }

    public string? FromHash { get; init; }

    public long? ToTableVersion { get; init; }

    public string? ToHash { get; init; }

    public required int Changes { get; init; }
}
