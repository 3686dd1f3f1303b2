using GitOpsGateway.GatewayApi.References;

namespace GitOpsGateway.GatewayApi.Routes;

/// <summary>RequestMirror configuration (HTTP and gRPC routes). Neither percent nor fraction means 100%.</summary>
public sealed record HttpRequestMirrorFilter
{
    public required BackendObjectReference BackendRef { get; init; }

    /// <summary>0..100; exclusive with <see cref="Fraction"/>.</summary>
    public int? Percent { get; init; }

    public Fraction? Fraction { get; init; }

    /// <summary>The share of requests to mirror as a number in [0, 1], from percent or fraction.</summary>
    public double MirroredShare => Percent is { } percent
        ? percent / 100.0
        : Fraction is { } fraction ? (double)fraction.Numerator / Math.Max(1, fraction.Denominator) : 1.0;
}
