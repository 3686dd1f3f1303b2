namespace GitOpsGateway.ControlPlane.Resilience;

/// <summary>One loop's ongoing failure to reach a dependency: since when, how often, and the last reason.</summary>
public sealed record Outage
{
    public required string Loop { get; init; }

    public required Dependency Dependency { get; init; }

    public required DateTimeOffset Since { get; init; }

    public required DateTimeOffset LastFailureAt { get; init; }

    public required int Failures { get; init; }

    public required string LastError { get; init; }
}
