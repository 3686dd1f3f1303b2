namespace GitOpsGateway.GatewayApi.Routes;

public sealed record Fraction
{
    public required int Numerator { get; init; }

    /// <summary>100 when omitted.</summary>
    public int Denominator { get; init; } = 100;
}
