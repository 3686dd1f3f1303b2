namespace GitOpsGateway.RouteTables.Filters;

/// <summary>The share of requests mirrored: a Gateway API percent P is P/100.</summary>
public sealed record MirrorFraction
{
    public required int Numerator { get; init; }

    public int Denominator { get; init; } = 100;
}
