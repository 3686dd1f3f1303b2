namespace GitOpsGateway.RouteTables.Filters;

/// <summary>Sends a copy of the request to a cluster and ignores its response.</summary>
public sealed record RequestMirrorFilter : HttpFilter
{
    public required string ClusterId { get; init; }

    /// <summary>Null mirrors every request.</summary>
    public MirrorFraction? Fraction { get; init; }
}
